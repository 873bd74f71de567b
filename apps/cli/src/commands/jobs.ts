import {
  listFailedWork,
  listRunningWork,
  readQueueState,
  readWorkerStatus,
} from "@claimdesk/jobs/operations";
import { intOption, parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";

export const jobsCommand: Command = {
  name: "jobs",
  summary: "Background work: queue counts, search outbox, recent failures",
  usage: "claimdesk jobs [--limit N] [--json]",
  async run(args, ctx) {
    const { values } = parseCommandArgs(
      args,
      { limit: { type: "string" }, json: { type: "boolean" } },
      this.usage,
    );
    const limit = intOption(values.limit, "limit", { min: 1, max: 100, fallback: 10 });
    const report = await ctx.withServices(async ({ db, queue }) => {
      // The run's producer queue: it reads the queues and takes no job.
      if (!queue) throw new Error("this run has no job queue");
      const boss = await queue.get();
      const { leaseMs, ...worker } = await readWorkerStatus(db);
      const [{ queues, outbox }, failed, deadEvents, running] = await Promise.all([
        readQueueState(db, boss),
        listFailedWork(db, { kind: "job", limit, offset: 0 }),
        listFailedWork(db, { kind: "outbox", limit, offset: 0 }),
        listRunningWork(db, { leaseMs }),
      ]);
      const runs = running.reindexRuns.filter((r) => r.status === "running");
      return { worker, queues, outbox, failed, deadEvents, runs };
    });
    const failedJobs = report.failed.items.filter((i) => i.kind === "job");
    const deadEvents = report.deadEvents.items.filter((i) => i.kind === "outbox");
    if (values.json) {
      ctx.out(
        JSON.stringify({
          worker: report.worker,
          queues: report.queues,
          outbox: { pending: report.outbox.pending, dead: report.outbox.dead },
          failedJobs: failedJobs.map((r) => ({
            id: r.id,
            queue: r.queue,
            error: r.error,
            failedAt: r.failedAt,
          })),
          deadOutboxEvents: deadEvents.map((e) => ({
            id: e.id,
            entityType: e.entityType,
            entityId: e.entityId,
            error: e.error || null,
          })),
          reindexRuns: report.runs.map((r) => ({
            id: r.id,
            done: r.done,
            total: r.total,
            heartbeatAt: r.heartbeatAt,
          })),
        }),
      );
      return 0;
    }
    const seen = report.worker.workers[0];
    ctx.out(
      seen
        ? `worker: running (pid ${seen.pid} on ${seen.hostname}, last seen ${seen.seenSecondsAgo} s ago${report.worker.workers.length > 1 ? `; ${report.worker.workers.length} workers` : ""})`
        : `worker: none running${report.worker.lastSeenSecondsAgo === null ? "" : ` (last seen ${report.worker.lastSeenSecondsAgo} s ago)`}`,
    );
    const width = Math.max(...report.queues.map((q) => q.name.length));
    ctx.out(`${"queue".padEnd(width)}  queued  active  failed  completed`);
    for (const q of report.queues) {
      ctx.out(
        `${q.name.padEnd(width)}  ${String(q.queued).padStart(6)}  ${String(q.active).padStart(6)}  ${String(q.failed).padStart(6)}  ${String(q.completed).padStart(9)}`,
      );
    }
    ctx.out(`search outbox: ${report.outbox.pending} pending, ${report.outbox.dead} dead`);
    for (const r of report.runs)
      ctx.out(`reindex run ${r.id}: ${r.done}/${r.total}, last heartbeat ${r.heartbeatAt}`);
    if (report.failed.total > 0) {
      ctx.out(`\nfailed jobs (${report.failed.total}, newest first):`);
      for (const r of failedJobs) {
        ctx.out(`  ${r.failedAt ?? "?"}  ${r.queue}  ${r.id}  ${r.error.split("\n")[0]}`);
      }
    }
    if (deadEvents.length > 0) {
      ctx.out(`\ndead outbox events (${report.outbox.dead}; retry them from the admin page):`);
      for (const e of deadEvents) ctx.out(`  #${e.id} ${e.entityType} ${e.entityId}: ${e.error}`);
    }
    return 0;
  },
};
