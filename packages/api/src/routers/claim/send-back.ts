import { SEND_BACK_NOTE_LIMITS, sendBackClaim } from "@claimdesk/core/claims";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZClaimSendBackInput = z.object({
  claimId: z.string().min(1).max(64),
  note: z.string().trim().min(SEND_BACK_NOTE_LIMITS.min).max(SEND_BACK_NOTE_LIMITS.max),
});
export const ZClaimSendBackOutput = z.object({ claimId: z.string(), notified: z.number() });

/** An editor sends a rated or approved verdict back to research with a note for the reviewer. */
export const sendBackProcedure = editorProcedure
  .input(ZClaimSendBackInput)
  .output(ZClaimSendBackOutput)
  .mutation(({ ctx, input }) => sendBackClaim(ctx.db, { ...input, actorId: ctx.user.id }));
