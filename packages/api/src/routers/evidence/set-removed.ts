import { setEvidenceRemoved } from "@claimdesk/core/evidence";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { ZEvidenceOutput } from "./schemas.ts";

export const ZEvidenceSetRemovedInput = z.object({
  evidenceId: z.string().min(1).max(64),
  removed: z.boolean(),
});
export const ZEvidenceSetRemovedOutput = ZEvidenceOutput;

/** Remove (soft) or undo a removal. */
export const setRemovedProcedure = reviewerProcedure
  .input(ZEvidenceSetRemovedInput)
  .output(ZEvidenceSetRemovedOutput)
  .mutation(({ ctx, input }) => setEvidenceRemoved(ctx.db, { ...input, actorId: ctx.user.id }));
