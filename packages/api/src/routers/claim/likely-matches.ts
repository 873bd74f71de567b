import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { getSearchBackend } from "../search/backend.ts";

export const ZClaimLikelyMatchesInput = z.object({
  id: z.string().min(1).max(64),
  limit: z.number().int().min(1).max(20).default(5),
});
export const ZClaimLikelyMatchesOutput = z.object({
  available: z.boolean(),
  items: z.array(
    z.object({
      claimId: z.string(),
      text: z.string(),
      speaker: z.string().nullable(),
      verdict: z.string().nullable(),
      date: z.string().nullable(),
      score: z.number(),
    }),
  ),
});

/** Earlier checked claims (with a verdict) that look like this one, from the search backend. */
export const likelyMatchesProcedure = reviewerProcedure
  .input(ZClaimLikelyMatchesInput)
  .output(ZClaimLikelyMatchesOutput)
  .query(async ({ ctx, input }) => {
    const claim = await ctx.db.claim.findUnique({
      where: { id: input.id },
      select: { text: true },
    });
    if (!claim) return { available: true, items: [] };
    try {
      const result = await getSearchBackend().search({
        q: claim.text.slice(0, 300),
        indexes: ["claims"],
        limit: input.limit + 1,
      });
      const items = result.hits
        .filter((h) => h.id !== input.id && h.verdict)
        .slice(0, input.limit)
        .map((h) => ({
          claimId: h.id,
          text: h.text,
          speaker: h.speaker,
          verdict: h.verdict,
          date: h.date,
          score: h.score,
        }));
      return { available: true, items };
    } catch {
      return { available: false, items: [] };
    }
  });
