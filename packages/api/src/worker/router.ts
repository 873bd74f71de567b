import { failedProcedure } from "./procedures/failed.ts";
import { healthProcedure } from "./procedures/health.ts";
import { queuesProcedure } from "./procedures/queues.ts";
import { retryProcedure } from "./procedures/retry.ts";
import { runningProcedure } from "./procedures/running.ts";
import { startReindexProcedure } from "./procedures/start-reindex.ts";
import { createWorkerCallerFactory, workerRouterFactory } from "./trpc.ts";

/** The worker's internal API, served by apps/worker on WORKER_PORT under /trpc. */
export const workerRouter = workerRouterFactory({
  health: healthProcedure,
  queues: queuesProcedure,
  running: runningProcedure,
  failed: failedProcedure,
  retry: retryProcedure,
  startReindex: startReindexProcedure,
});

export type WorkerRouter = typeof workerRouter;
export const createWorkerCaller = createWorkerCallerFactory(workerRouter);
