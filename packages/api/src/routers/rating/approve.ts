import { approveRating } from "@claimdesk/core/ratings";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZRatingApproveInput = z.object({ ratingId: z.string().min(1).max(64) });
export const ZRatingApproveOutput = z.object({
  id: z.string(),
  status: z.string(),
  approverId: z.string().nullable(),
});

/** Editors approve; the two-person rule (approver != author) is enforced in core. */
export const approveProcedure = editorProcedure
  .input(ZRatingApproveInput)
  .output(ZRatingApproveOutput)
  .mutation(async ({ ctx, input }) => {
    const rating = await approveRating(ctx.db, { ratingId: input.ratingId, actorId: ctx.user.id });
    return { id: rating.id, status: rating.status, approverId: rating.approverId };
  });
