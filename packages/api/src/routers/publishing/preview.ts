import { type FactCheck, previewFactCheck } from "@claimdesk/core/publishing";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZPublishingPreviewInput = z.object({ claimId: z.string().min(1).max(64) });
export const ZPublishingPreviewOutput = z.object({
  /** the FactCheck shape the public page renders (core's toFactCheck); built, not user input */
  factCheck: z.custom<FactCheck>((v) => typeof v === "object").nullable(),
  problems: z.array(z.string()),
  storyUpdatedAt: z.date().nullable(),
});

/** The fact-check as it will be published: the public page's data, and what would be refused. */
export const previewProcedure = editorProcedure
  .input(ZPublishingPreviewInput)
  .output(ZPublishingPreviewOutput)
  .query(({ ctx, input }) =>
    previewFactCheck(ctx.db, { claimId: input.claimId, actorId: ctx.user.id }),
  );
