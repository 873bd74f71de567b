import { publishClaim } from "@claimdesk/core/publishing";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZPublishingPublishInput = z.object({
  claimId: z.string().min(1).max(64),
  /** the previewed draft's version (the editor's confirm step): refused if it changed since */
  storyUpdatedAt: z.coerce.date().nullable().optional(),
});
export const ZPublishingPublishOutput = z.object({
  claimId: z.string(),
  slug: z.string(),
  publishedAt: z.date(),
});

/** Editors publish an approved verdict as a public fact-check. */
export const publishProcedure = editorProcedure
  .input(ZPublishingPublishInput)
  .output(ZPublishingPublishOutput)
  .mutation(async ({ ctx, input }) => {
    const { claimId, slug, publishedAt } = await publishClaim(ctx.db, {
      claimId: input.claimId,
      actorId: ctx.user.id,
      ...(input.storyUpdatedAt === undefined ? {} : { storyUpdatedAt: input.storyUpdatedAt }),
    });
    return { claimId, slug, publishedAt };
  });
