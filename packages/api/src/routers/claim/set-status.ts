import { setClaimStatus } from "@claimdesk/core/claims";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZClaimSetStatusInput = z.object({
  claimId: z.string().min(1).max(64),
  status: z.enum(["in_research", "published"]),
});
export const ZClaimSetStatusOutput = z.object({
  id: z.string(),
  status: z.string(),
  slug: z.string().nullable(),
});

/** Start research (reviewer) or publish an approved claim (editor; the role is checked in core). */
export const setStatusProcedure = reviewerProcedure
  .input(ZClaimSetStatusInput)
  .output(ZClaimSetStatusOutput)
  .mutation(async ({ ctx, input }) => {
    const claim = await setClaimStatus(ctx.db, { ...input, actorId: ctx.user.id });
    return { id: claim.id, status: claim.status, slug: claim.slug };
  });
