import { approveCorrection } from "@claimdesk/core/publishing";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZPublishingApproveCorrectionInput = z.object({ ratingId: z.string().min(1).max(64) });
export const ZPublishingApproveCorrectionOutput = z.object({
  claimId: z.string(),
  slug: z.string().nullable(),
});

/** A second editor (not the correction's author) publishes a proposed correction. */
export const approveCorrectionProcedure = editorProcedure
  .input(ZPublishingApproveCorrectionInput)
  .output(ZPublishingApproveCorrectionOutput)
  .mutation(async ({ ctx, input }) => {
    const { claimId, slug } = await approveCorrection(ctx.db, {
      ratingId: input.ratingId,
      actorId: ctx.user.id,
    });
    return { claimId, slug };
  });
