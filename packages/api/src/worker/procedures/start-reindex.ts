import { ZStartReindexInput, ZStartReindexOutput } from "../schemas.ts";
import { workerProcedure } from "../trpc.ts";

export { ZStartReindexInput, ZStartReindexOutput };

/** Starts a full, resumable reindex (or returns the one already running). Audited with `actorId`. */
export const startReindexProcedure = workerProcedure
  .input(ZStartReindexInput)
  .output(ZStartReindexOutput)
  .mutation(({ ctx, input }) => ctx.service.startReindex(input));
