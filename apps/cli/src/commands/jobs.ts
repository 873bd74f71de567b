import { getQueueCounts, jobErrorMessage, listFailedJobs, type Sql } from "@claimdesk/jobs";
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
    const report = await ctx.withDb(async (db) => {
      const sql: Sql = (text, ...values) => db.$queryRawUnsafe(text, ...values);
      const [queues, failed, pending, dead, deadEvents, runs] = await Promise.all([
        getQueueCounts(sql),
        listFailedJobs(sql, { limit, offset: 0 }),
        db.outboxEvent.count({ where: { processedAt: null, deadAt: null } }),
        db.outboxEvent.count({ where: { deadAt: { not: null } } }),
        db.outboxEvent.findMany({
          where: { deadAt: { not: null } },
          orderBy: { deadAt: "desc" },
          take: limit,
        }),
        db.reindexRun.findMany({ where: { status: "running" }, orderBy: { startedAt: "desc" } }),
      ]);
      return { queues, failed, outbox: { pending, dead }, deadEvents, runs };
    });
    if (values.json) {
      ctx.out(
        JSON.stringify({
          queues: report.queues,
          outbox: report.outbox,
          failedJobs: report.failed.rows.map((r) => ({
            id: r.id,
            queue: r.name,
            error: jobErrorMessage(r.output),
            failedAt: r.completedOn,
          })),
          deadOutboxEvents: report.deadEvents.map((e) => ({
            id: e.id.toString(),
            entityType: e.entityType,
            entityId: e.entityId,
            error: e.lastError,
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
    const width = Math.max(...report.queues.map((q) => q.name.length));
    ctx.out(`${"queue".padEnd(width)}  queued  active  failed  completed`);
    for (const q of report.queues) {
      ctx.out(
        `${q.name.padEnd(width)}  ${String(q.queued).padStart(6)}  ${String(q.active).padStart(6)}  ${String(q.failed).padStart(6)}  ${String(q.completed).padStart(9)}`,
      );
    }
    ctx.out(`search outbox: ${report.outbox.pending} pending, ${report.outbox.dead} dead`);
    for (const r of report.runs)
      ctx.out(
        `reindex run ${r.id}: ${r.done}/${r.total}, last heartbeat ${r.heartbeatAt.toISOString()}`,
      );
    if (report.failed.total > 0) {
      ctx.out(`\nfailed jobs (${report.failed.total}, newest first):`);
      for (const r of report.failed.rows) {
        ctx.out(
          `  ${r.completedOn ? new Date(r.completedOn).toISOString() : "?"}  ${r.name}  ${r.id}  ${jobErrorMessage(r.output).split("\n")[0]}`,
        );
      }
    }
    if (report.deadEvents.length > 0) {
      ctx.out(`\ndead outbox events (${report.outbox.dead}; retry them from the admin page):`);
      for (const e of report.deadEvents)
        ctx.out(`  #${e.id} ${e.entityType} ${e.entityId}: ${e.lastError ?? ""}`);
    }
    return 0;
  },
};
