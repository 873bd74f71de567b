import { updateEvidence } from "@claimdesk/core/evidence";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { enqueueSnapshot } from "./enqueue-snapshot.ts";
import { ZEvidenceFields, ZEvidenceOutput } from "./schemas.ts";

export const ZEvidenceUpdateInput = ZEvidenceFields.extend({
  evidenceId: z.string().min(1).max(64),
});
export const ZEvidenceUpdateOutput = ZEvidenceOutput;

export const updateEvidenceProcedure = reviewerProcedure
  .input(ZEvidenceUpdateInput)
  .output(ZEvidenceUpdateOutput)
  .mutation(async ({ ctx, input }) => {
    const evidence = await updateEvidence(ctx.db, { ...input, actorId: ctx.user.id });
    // A new URL is a new source: its snapshot is taken again (core marked it pending).
    if (evidence.snapshotStatus === "pending") await enqueueSnapshot(ctx, evidence.id);
    return evidence;
  });
