import { assignClaim } from "@claimdesk/core/claims";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZClaimAssignInput = z.object({
  claimId: z.string().min(1).max(64),
  /** a user id, "me", or null to unassign */
  assigneeId: z.string().min(1).max(64).nullable(),
});
export const ZClaimAssignOutput = z.object({
  id: z.string(),
  status: z.string(),
  assigneeId: z.string().nullable(),
});

export const assignProcedure = reviewerProcedure
  .input(ZClaimAssignInput)
  .output(ZClaimAssignOutput)
  .mutation(async ({ ctx, input }) => {
    const claim = await assignClaim(ctx.db, {
      claimId: input.claimId,
      assigneeId: input.assigneeId === "me" ? ctx.user.id : input.assigneeId,
      actorId: ctx.user.id,
    });
    return { id: claim.id, status: claim.status, assigneeId: claim.assigneeId };
  });
