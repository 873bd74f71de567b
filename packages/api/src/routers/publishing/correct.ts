import { correctVerdict } from "@claimdesk/core/publishing";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZPublishingCorrectInput = z.object({
  claimId: z.string().min(1).max(64),
  labelId: z.string().min(1).max(64),
  rationale: z.string().trim().min(1, "Give the corrected rationale.").max(20_000),
  correctionNote: z.string().trim().min(1, "Say what changed; readers see this note.").max(2_000),
});
export const ZPublishingCorrectOutput = z.object({
  ratingId: z.string(),
  pending: z.literal(true),
});

/** An editor proposes a corrected verdict; a second editor approves it (approveCorrection). */
export const correctProcedure = editorProcedure
  .input(ZPublishingCorrectInput)
  .output(ZPublishingCorrectOutput)
  .mutation(async ({ ctx, input }) => {
    const { rating } = await correctVerdict(ctx.db, { ...input, actorId: ctx.user.id });
    return { ratingId: rating.id, pending: true as const };
  });
