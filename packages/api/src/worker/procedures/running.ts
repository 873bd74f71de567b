import { ZRunning } from "../schemas.ts";
import { workerProcedure } from "../trpc.ts";

export const ZRunningOutput = ZRunning;

/** Active jobs with progress, running reindex runs and articles being ingested. */
export const runningProcedure = workerProcedure
  .output(ZRunningOutput)
  .query(({ ctx }) => ctx.service.running());
