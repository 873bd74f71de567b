import {
  listFailedWork,
  listRunningWork,
  readQueueState,
  readWorkerStatus,
  ZQueues,
  ZRunning,
  ZWorkerStatus,
} from "@claimdesk/jobs/operations";
import { z } from "zod";
import { requireQueue } from "../../queue.ts";
import { adminProcedure } from "../../trpc.ts";
import { ZAdminFailedPage } from "./schemas.ts";

/** Rows of each failure list the overview shows before paging with `admin.failed`. */
export const OVERVIEW_PAGE_SIZE = 20;

export const ZAdminOverviewInput = z.object({}).default({});
export const ZAdminOverviewOutput = z.object({
  /** from the workers' heartbeat rows */
  worker: ZWorkerStatus,
  queues: ZQueues,
  running: ZRunning,
  failedJobs: ZAdminFailedPage,
  deadOutbox: ZAdminFailedPage,
});
export type AdminOverview = z.output<typeof ZAdminOverviewOutput>;

/**
 * Whether a worker runs (its heartbeat), queue depths, running work and the first page of
 * failed jobs and dead outbox events, read from the database and pg-boss. With no worker running
 * the queues still show what waits for one.
 */
export const overviewProcedure = adminProcedure
  .input(ZAdminOverviewInput)
  .output(ZAdminOverviewOutput)
  .query(async ({ ctx }) => {
    const boss = await requireQueue(ctx);
    const page = { limit: OVERVIEW_PAGE_SIZE, offset: 0 };
    const { leaseMs, ...worker } = await readWorkerStatus(ctx.db);
    const [queues, running, failedJobs, deadOutbox] = await Promise.all([
      readQueueState(ctx.db, boss),
      listRunningWork(ctx.db, { leaseMs }),
      listFailedWork(ctx.db, { kind: "job", ...page }),
      listFailedWork(ctx.db, { kind: "outbox", ...page }),
    ]);
    return { worker, queues, running, failedJobs, deadOutbox };
  });
