import { addHarvestSource, ZHarvestSourceInput } from "@claimdesk/core/harvest";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";

export const ZHarvestAddOutput = z.object({
  id: z.string(),
  url: z.string(),
  pageCount: z.number().int(),
});

/** Follows a fact-checker's sitemap, feed or page list for ClaimReview (URLs pass the fetch policy). */
export const addHarvestSourceProcedure = adminProcedure
  .input(ZHarvestSourceInput)
  .output(ZHarvestAddOutput)
  .mutation(async ({ ctx, input }) => {
    const source = await addHarvestSource(ctx.db, {
      ...input,
      name: input.name ?? undefined,
      actorId: ctx.user.id,
    });
    return { id: source.id, url: source.url, pageCount: source.pageUrls.length };
  });
