import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZRetryOutput } from "../../worker/schemas.ts";
import { callWorker } from "./worker-client.ts";

export const ZAdminRetryJobInput = z.object({ id: z.uuid() });
export const ZAdminRetryJobOutput = ZRetryOutput;

/** Retries one failed job (by pg-boss id) through the worker, which audits it as this admin. */
export const retryJobProcedure = adminProcedure
  .input(ZAdminRetryJobInput)
  .output(ZAdminRetryJobOutput)
  .mutation(({ ctx, input }) =>
    callWorker((worker) =>
      worker.retry.mutate({ target: "job", id: input.id, actorId: ctx.user.id }),
    ),
  );
