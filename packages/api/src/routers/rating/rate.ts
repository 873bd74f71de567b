import { rateClaim } from "@claimdesk/core/ratings";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZRatingRateInput = z.object({
  claimId: z.string().min(1).max(64),
  labelId: z.string().min(1, "Pick a verdict").max(64),
  rationale: z.string().trim().min(10, "Explain the verdict in at least 10 characters").max(20_000),
});
export const ZRatingRateOutput = z.object({
  id: z.string(),
  status: z.string(),
  supersedesId: z.string().nullable(),
});

export const rateProcedure = reviewerProcedure
  .input(ZRatingRateInput)
  .output(ZRatingRateOutput)
  .mutation(async ({ ctx, input }) => {
    const rating = await rateClaim(ctx.db, { ...input, actorId: ctx.user.id });
    return { id: rating.id, status: rating.status, supersedesId: rating.supersedesId };
  });
