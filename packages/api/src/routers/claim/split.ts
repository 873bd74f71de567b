import { CLAIM_TEXT_LIMITS, SPLIT_PARTS, splitClaim } from "@claimdesk/core/claims";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

const ids = z.array(z.string().min(1).max(64)).max(500).default([]);
export const ZClaimSplitInput = z.object({
  claimId: z.string().min(1).max(64),
  parts: z
    .array(
      z.object({
        text: z
          .string()
          .trim()
          .min(
            CLAIM_TEXT_LIMITS.min,
            `Write each claim in at least ${CLAIM_TEXT_LIMITS.min} characters`,
          )
          .max(CLAIM_TEXT_LIMITS.max),
        statementIds: ids,
        evidenceIds: ids,
      }),
    )
    .min(SPLIT_PARTS.min, `Split into at least ${SPLIT_PARTS.min} claims`)
    .max(SPLIT_PARTS.max),
});
export const ZClaimSplitOutput = z.object({
  claimId: z.string(),
  created: z.array(z.object({ id: z.string(), text: z.string() })),
});

/** Splits a compound claim; the first part stays this claim. */
export const splitProcedure = reviewerProcedure
  .input(ZClaimSplitInput)
  .output(ZClaimSplitOutput)
  .mutation(({ ctx, input }) => splitClaim(ctx.db, { ...input, actorId: ctx.user.id }));
