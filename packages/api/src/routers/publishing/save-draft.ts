import { saveFactCheckStory, ZFactCheckStory } from "@claimdesk/core/publishing";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZPublishingSaveDraftInput = ZFactCheckStory.extend({
  claimId: z.string().min(1).max(64),
});
export const ZPublishingSaveDraftOutput = z.object({ updatedAt: z.date() });

/** An editor saves the draft fact-check of an approved verdict (core checks role and status). */
export const saveDraftProcedure = editorProcedure
  .input(ZPublishingSaveDraftInput)
  .output(ZPublishingSaveDraftOutput)
  .mutation(async ({ ctx, input }) => {
    const { claimId, ...story } = input;
    const saved = await saveFactCheckStory(ctx.db, { claimId, actorId: ctx.user.id, story });
    return { updatedAt: saved.updatedAt };
  });
