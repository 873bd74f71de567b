import { updateEvidence } from "@claimdesk/core/evidence";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { ZEvidenceFields, ZEvidenceOutput } from "./schemas.ts";

export const ZEvidenceUpdateInput = ZEvidenceFields.extend({
  evidenceId: z.string().min(1).max(64),
});
export const ZEvidenceUpdateOutput = ZEvidenceOutput;

export const updateEvidenceProcedure = reviewerProcedure
  .input(ZEvidenceUpdateInput)
  .output(ZEvidenceUpdateOutput)
  .mutation(({ ctx, input }) => updateEvidence(ctx.db, { ...input, actorId: ctx.user.id }));
