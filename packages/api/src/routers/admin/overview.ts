import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZHealth, ZQueues, ZRunning } from "../../worker/schemas.ts";
import { ZAdminFailedPage } from "./schemas.ts";
import { describeWorkerError, getWorker, workerUrlForDisplay } from "./worker-client.ts";

/** Rows of each failure list the overview shows before paging with `admin.failed`. */
export const OVERVIEW_PAGE_SIZE = 20;

export const ZAdminOverviewInput = z.object({}).default({});
export const ZAdminOverviewOutput = z.object({
  worker: z.object({
    url: z.string(),
    reachable: z.boolean(),
    /** why it is unreachable, in one line; null when reachable */
    reason: z.string().nullable(),
    health: ZHealth.nullable(),
  }),
  /** the rest is null when the worker is unreachable */
  queues: ZQueues.nullable(),
  running: ZRunning.nullable(),
  failedJobs: ZAdminFailedPage.nullable(),
  deadOutbox: ZAdminFailedPage.nullable(),
});
export type AdminOverview = z.output<typeof ZAdminOverviewOutput>;

/**
 * Worker health, queue depths, running work and the first page of failed jobs and dead outbox
 * events, all read from the worker's internal API (one batched request). An unreachable worker
 * is a state to show, not an error.
 */
export const overviewProcedure = adminProcedure
  .input(ZAdminOverviewInput)
  .output(ZAdminOverviewOutput)
  .query(async () => {
    let url: string | undefined;
    try {
      const worker = getWorker();
      url = worker.url;
      const page = { limit: OVERVIEW_PAGE_SIZE, offset: 0 };
      const [health, queues, running, failedJobs, deadOutbox] = await Promise.all([
        worker.client.health.query(),
        worker.client.queues.query(),
        worker.client.running.query(),
        worker.client.failed.query({ kind: "job", ...page }),
        worker.client.failed.query({ kind: "outbox", ...page }),
      ]);
      return {
        worker: { url, reachable: true, reason: null, health },
        queues,
        running,
        failedJobs,
        deadOutbox,
      };
    } catch (error) {
      return {
        worker: {
          url: url ?? workerUrlForDisplay(),
          reachable: false,
          reason: describeWorkerError(error),
          health: null,
        },
        queues: null,
        running: null,
        failedJobs: null,
        deadOutbox: null,
      };
    }
  });
