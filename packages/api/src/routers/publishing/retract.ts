import { MAX_RETRACTION_NOTE, retractFactCheck } from "@claimdesk/core/publishing";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZPublishingRetractInput = z.object({
  claimId: z.string().min(1).max(64),
  note: z
    .string()
    .trim()
    .min(10, "tell readers why the fact-check is retracted (at least 10 characters)")
    .max(MAX_RETRACTION_NOTE),
});
export const ZPublishingRetractOutput = z.object({
  claimId: z.string(),
  slug: z.string().nullable(),
  retractedAt: z.date(),
});

/** An editor retracts a published fact-check with a public note. */
export const retractProcedure = editorProcedure
  .input(ZPublishingRetractInput)
  .output(ZPublishingRetractOutput)
  .mutation(({ ctx, input }) => retractFactCheck(ctx.db, { ...input, actorId: ctx.user.id }));
