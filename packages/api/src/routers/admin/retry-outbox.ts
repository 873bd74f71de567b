import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZRetryOutput } from "../../worker/schemas.ts";
import { callWorker } from "./worker-client.ts";

export const ZAdminRetryOutboxInput = z.object({
  /** dead outbox event ids (decimal strings); omitted: every dead event */
  ids: z.array(z.string().regex(/^\d+$/, "an outbox id is a number")).min(1).max(1000).optional(),
});
export const ZAdminRetryOutboxOutput = ZRetryOutput;

/** Sends dead search-outbox events back to the outbox loop (all, or by id); audited by the worker. */
export const retryOutboxProcedure = adminProcedure
  .input(ZAdminRetryOutboxInput)
  .output(ZAdminRetryOutboxOutput)
  .mutation(({ ctx, input }) =>
    callWorker((worker) =>
      worker.retry.mutate({ target: "outbox", ids: input.ids, actorId: ctx.user.id }),
    ),
  );
