import { MERGE_LIMIT, mergeSpeakers, undoSpeakerMerge } from "@claimdesk/core/speakers";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";
import { ZSpeakerRef } from "./schemas.ts";

const ZId = z.string().min(1).max(64);
export const ZSpeakerMergeInput = z.object({
  targetId: ZId,
  sourceIds: z.array(ZId).min(1).max(MERGE_LIMIT),
});
export const ZSpeakerMergeOutput = z.object({
  target: ZSpeakerRef,
  merged: z.array(
    z.object({ id: z.string(), name: z.string(), statements: z.number(), claims: z.number() }),
  ),
});

export const mergeSpeakersProcedure = editorProcedure
  .input(ZSpeakerMergeInput)
  .output(ZSpeakerMergeOutput)
  .mutation(({ ctx, input }) => mergeSpeakers(ctx.db, { ...input, actorId: ctx.user.id }));

export const ZSpeakerUnmergeInput = z.object({ speakerId: ZId });
export const ZSpeakerUnmergeOutput = z.object({
  speaker: ZSpeakerRef,
  from: ZSpeakerRef,
  statements: z.number(),
  claims: z.number(),
});

export const unmergeSpeakerProcedure = editorProcedure
  .input(ZSpeakerUnmergeInput)
  .output(ZSpeakerUnmergeOutput)
  .mutation(({ ctx, input }) =>
    undoSpeakerMerge(ctx.db, { speakerId: input.speakerId, actorId: ctx.user.id }),
  );
