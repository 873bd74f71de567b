import { withdrawCorrection } from "@claimdesk/core/publishing";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZPublishingWithdrawCorrectionInput = z.object({ ratingId: z.string().min(1).max(64) });
export const ZPublishingWithdrawCorrectionOutput = z.object({ ratingId: z.string() });

export const withdrawCorrectionProcedure = editorProcedure
  .input(ZPublishingWithdrawCorrectionInput)
  .output(ZPublishingWithdrawCorrectionOutput)
  .mutation(async ({ ctx, input }) =>
    withdrawCorrection(ctx.db, { ratingId: input.ratingId, actorId: ctx.user.id }),
  );
