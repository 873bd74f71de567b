import { retryDeadOutbox, ZRetryOutput } from "@claimdesk/jobs/operations";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";

export const ZAdminRetryOutboxInput = z.object({
  /** dead outbox event ids (decimal strings); omitted: every dead event */
  ids: z.array(z.string().regex(/^\d+$/, "an outbox id is a number")).min(1).max(1000).optional(),
});
export const ZAdminRetryOutboxOutput = ZRetryOutput;

/** Sends dead search-outbox events back to the outbox loop (all, or by id), audited. */
export const retryOutboxProcedure = adminProcedure
  .input(ZAdminRetryOutboxInput)
  .output(ZAdminRetryOutboxOutput)
  .mutation(({ ctx, input }) => retryDeadOutbox(ctx.db, { ids: input.ids, actorId: ctx.user.id }));
