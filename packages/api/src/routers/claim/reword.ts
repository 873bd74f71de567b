import { CLAIM_TEXT_LIMITS, rewordClaim } from "@claimdesk/core/claims";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZClaimRewordInput = z.object({
  claimId: z.string().min(1).max(64),
  text: z
    .string()
    .trim()
    .min(CLAIM_TEXT_LIMITS.min, `Write the claim in at least ${CLAIM_TEXT_LIMITS.min} characters`)
    .max(CLAIM_TEXT_LIMITS.max, `Keep the claim under ${CLAIM_TEXT_LIMITS.max} characters`),
});
export const ZClaimRewordOutput = z.object({
  claimId: z.string(),
  text: z.string(),
  originalText: z.string(),
});

/** A reviewer rewords a claim; its first wording and its appearances are kept. */
export const rewordProcedure = reviewerProcedure
  .input(ZClaimRewordInput)
  .output(ZClaimRewordOutput)
  .mutation(({ ctx, input }) => rewordClaim(ctx.db, { ...input, actorId: ctx.user.id }));
