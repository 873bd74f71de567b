import { addEvidence } from "@claimdesk/core/evidence";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { enqueueSnapshot } from "./enqueue-snapshot.ts";
import { ZEvidenceFields, ZEvidenceOutput } from "./schemas.ts";

export const ZEvidenceAddInput = ZEvidenceFields.extend({ claimId: z.string().min(1).max(64) });
export const ZEvidenceAddOutput = ZEvidenceOutput;

export const addEvidenceProcedure = reviewerProcedure
  .input(ZEvidenceAddInput)
  .output(ZEvidenceAddOutput)
  .mutation(async ({ ctx, input }) => {
    const evidence = await addEvidence(ctx.db, { ...input, actorId: ctx.user.id });
    await enqueueSnapshot(ctx, evidence.id);
    return evidence;
  });
