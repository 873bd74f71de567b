import { matchClaimById } from "@claimdesk/search";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

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
      /** the desk's label, null when the outside rating maps to none */
      verdict: z.string().nullable(),
      /** the rating in the publisher's own words */
      rating: z.string().nullable(),
      publisher: z.string().nullable(),
      date: z.string().nullable(),
      url: z.string().nullable(),
      /** 0-1, see LIKELY_THRESHOLD / SAME_CLAIM_THRESHOLD */
      score: z.number(),
      level: z.enum(["same", "likely", "related"]),
      reason: z.string(),
    }),
  ),
});

/** Below this score a checked claim is not offered at all (a shared word or two). */
const MIN_SCORE = 0.1;

/**
 * Earlier checked claims (imported reviews, LIAR rows, the desk's published checks) that this
 * claim most likely repeats, from the context's matcher (matchClaimById), with score, level and
 * reason; an unknown claim has none.
 */
export const likelyMatchesProcedure = reviewerProcedure
  .input(ZClaimLikelyMatchesInput)
  .output(ZClaimLikelyMatchesOutput)
  .query(async ({ ctx, input }) => {
    try {
      const result = await matchClaimById(ctx.db, ctx.matches, input.id, {
        limit: input.limit,
        minScore: MIN_SCORE,
      });
      if (!result) return { available: true, items: [] };
      const items = result.matches.map((m) => ({
        claimId: m.claim.id,
        text: m.claim.text,
        speaker: m.claim.speaker,
        verdict: m.claim.verdict,
        rating: m.claim.rating,
        publisher: m.claim.publisher,
        date: m.claim.date,
        url: m.claim.url,
        score: m.score,
        level: m.level,
        reason: m.reason.summary,
      }));
      return { available: true, items };
    } catch {
      return { available: false, items: [] };
    }
  });
