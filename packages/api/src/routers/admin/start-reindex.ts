import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZStartReindexOutput } from "../../worker/schemas.ts";
import { callWorker } from "./worker-client.ts";

export const ZAdminStartReindexInput = z.object({}).default({});
export const ZAdminStartReindexOutput = ZStartReindexOutput;

/** Starts a full, resumable reindex (or returns the one already running); audited by the worker. */
export const startReindexProcedure = adminProcedure
  .input(ZAdminStartReindexInput)
  .output(ZAdminStartReindexOutput)
  .mutation(({ ctx }) =>
    callWorker((worker) => worker.startReindex.mutate({ actorId: ctx.user.id })),
  );
