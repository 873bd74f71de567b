import { hostname } from "node:os";
import type { FailedOutput, Running, WorkerService } from "@claimdesk/api/worker";
import { recordAuditEvent } from "@claimdesk/core/audit";
import { badRequest, notFound } from "@claimdesk/core/errors";
import type { Db } from "@claimdesk/db";
import {
  enqueue,
  getQueueCounts,
  jobErrorMessage,
  listActiveJobs,
  listFailedJobs,
  type Queue,
  reindexJob,
  type Sql,
} from "@claimdesk/jobs";
import type { SearchBackend } from "@claimdesk/search";

const startedAt = Date.now();
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

async function actorOrNull(db: Db, actorId: string | undefined): Promise<string | null> {
  if (!actorId) return null;
  const user = await db.user.findUnique({ where: { id: actorId }, select: { id: true } });
  return user?.id ?? null;
}

/** The worker router's data, from this process's queue, database and search backend. */
export function createWorkerService(deps: {
  db: Db;
  boss: Queue;
  backend: SearchBackend;
  leaseMs: number;
  version: string;
}): WorkerService {
  const { db, boss, backend } = deps;
  const sql: Sql = (text, ...values) => db.$queryRawUnsafe(text, ...values);

  return {
    async health() {
      const check = async (fn: () => Promise<unknown>) => {
        try {
          await Promise.race([
            fn(),
            new Promise((_, reject) =>
              setTimeout(() => reject(new Error("no answer within 3 s")), 3000),
            ),
          ]);
          return { ok: true, error: null };
        } catch (error) {
          return { ok: false, error: (error as Error).message };
        }
      };
      const [dbCheck, queueCheck] = await Promise.all([
        check(() => db.$queryRaw`select 1`),
        check(() => boss.getQueues()),
      ]);
      return {
        ok: dbCheck.ok && queueCheck.ok,
        db: dbCheck,
        queue: queueCheck,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        version: deps.version,
        searchBackend: backend.kind,
        pid: process.pid,
        hostname: hostname(),
      };
    },

    async queues() {
      const queues = await getQueueCounts(sql);
      const now = new Date();
      const [pending, due, dead, oldest] = await Promise.all([
        db.outboxEvent.count({ where: { processedAt: null, deadAt: null } }),
        db.outboxEvent.count({
          where: { processedAt: null, deadAt: null, availableAt: { lte: now } },
        }),
        db.outboxEvent.count({ where: { deadAt: { not: null } } }),
        db.outboxEvent.findFirst({
          where: { processedAt: null, deadAt: null },
          orderBy: { id: "asc" },
          select: { createdAt: true },
        }),
      ]);
      return {
        queues,
        outbox: {
          pending,
          due,
          dead,
          oldestPendingSeconds: oldest
            ? Math.max(0, (now.getTime() - oldest.createdAt.getTime()) / 1000)
            : null,
        },
      };
    },

    async running(): Promise<Running> {
      const active = await listActiveJobs(sql);
      const runs = await db.reindexRun.findMany({
        where: {
          OR: [{ status: "running" }, { finishedAt: { gt: new Date(Date.now() - 3600_000) } }],
        },
        orderBy: { startedAt: "desc" },
        take: 10,
      });
      const articles = await db.article.findMany({
        where: { status: { in: ["queued", "fetching", "extracting"] } },
        orderBy: { updatedAt: "desc" },
        take: 50,
        select: { id: true, title: true, url: true, status: true, progress: true, updatedAt: true },
      });
      const articleIds = active
        .map((j) => (j.data as { articleId?: string })?.articleId)
        .filter((x): x is string => !!x);
      const jobArticles = new Map(
        (
          await db.article.findMany({
            where: { id: { in: articleIds } },
            select: { id: true, title: true, url: true, status: true, progress: true },
          })
        ).map((a) => [a.id, a]),
      );
      const runById = new Map(runs.map((r) => [r.id, r]));
      const stale = Date.now() - deps.leaseMs;
      return {
        jobs: active.map((job) => {
          const data = (job.data ?? {}) as { articleId?: string; runId?: string };
          const article = data.articleId ? jobArticles.get(data.articleId) : undefined;
          const run = data.runId ? runById.get(data.runId) : undefined;
          return {
            id: job.id,
            queue: job.name,
            startedAt: iso(job.startedOn),
            retryCount: job.retryCount,
            progress: article
              ? article.progress
              : run
                ? run.total
                  ? Math.round((run.done / run.total) * 100)
                  : 0
                : null,
            detail: article
              ? `${article.status} ${article.url ?? article.title}`
              : run
                ? `reindex ${run.done}/${run.total}`
                : job.name,
            articleId: data.articleId ?? null,
            reindexRunId: data.runId ?? null,
          };
        }),
        reindexRuns: runs.map((r) => ({
          id: r.id,
          status: r.status,
          backend: r.backend,
          done: r.done,
          total: r.total,
          progress: r.total ? Math.round((r.done / r.total) * 1000) / 10 : 0,
          error: r.error,
          startedAt: r.startedAt.toISOString(),
          heartbeatAt: r.heartbeatAt.toISOString(),
          finishedAt: iso(r.finishedAt),
          stalled: r.status === "running" && r.heartbeatAt.getTime() < stale,
        })),
        articles: articles.map((a) => ({
          ...a,
          status: a.status as "queued" | "fetching" | "extracting",
          updatedAt: a.updatedAt.toISOString(),
        })),
      };
    },

    async failed(input): Promise<FailedOutput> {
      if (input.kind === "outbox") {
        const [total, events] = await Promise.all([
          db.outboxEvent.count({ where: { deadAt: { not: null } } }),
          db.outboxEvent.findMany({
            where: { deadAt: { not: null } },
            orderBy: [{ deadAt: "desc" }, { id: "desc" }],
            skip: input.offset,
            take: input.limit,
          }),
        ]);
        return {
          total,
          nextOffset: input.offset + events.length < total ? input.offset + events.length : null,
          items: events.map((e) => ({
            kind: "outbox" as const,
            id: e.id.toString(),
            entityType: e.entityType,
            entityId: e.entityId,
            op: e.op,
            attempts: e.attempts,
            error: e.lastError ?? "",
            deadAt: e.deadAt!.toISOString(),
            createdAt: e.createdAt.toISOString(),
          })),
        };
      }
      const { total, rows } = await listFailedJobs(sql, input);
      return {
        total,
        nextOffset: input.offset + rows.length < total ? input.offset + rows.length : null,
        items: rows.map((r) => ({
          kind: "job" as const,
          id: r.id,
          queue: r.name,
          error: jobErrorMessage(r.output),
          data: r.data,
          retryCount: r.retryCount,
          failedAt: iso(r.completedOn),
          createdAt: new Date(r.createdOn).toISOString(),
        })),
      };
    },

    async retry(input) {
      const actorId = await actorOrNull(db, input.actorId);
      if (input.target === "job") {
        const [job] = await db.$queryRaw<{ name: string; state: string }[]>`
          select name, state::text as state from pgboss.job where id = ${input.id}::uuid`;
        if (!job) throw notFound("Job");
        if (job.state !== "failed")
          throw badRequest(`Only failed jobs can be retried; this one is ${job.state}.`);
        await boss.retry(job.name, input.id);
        await recordAuditEvent(db, {
          actorId,
          action: "job.retry",
          entityType: "job",
          entityId: input.id,
          data: { queue: job.name },
        });
        return { retried: 1 };
      }
      const ids = input.ids?.map((id) => BigInt(id));
      return db.$transaction(async (tx) => {
        const { count } = await tx.outboxEvent.updateMany({
          where: { deadAt: { not: null }, ...(ids ? { id: { in: ids } } : {}) },
          data: { deadAt: null, attempts: 0, availableAt: new Date() },
        });
        await recordAuditEvent(tx, {
          actorId,
          action: "outbox.retry",
          entityType: "outbox",
          entityId: ids ? ids.join(",").slice(0, 200) : "all",
          data: { retried: count },
        });
        return { retried: count };
      });
    },

    async startReindex(input) {
      const actorId = await actorOrNull(db, input.actorId);
      const running = await db.reindexRun.findFirst({
        where: { status: "running", backend: backend.kind },
        orderBy: { startedAt: "desc" },
      });
      if (running) return { runId: running.id, alreadyRunning: true, jobId: null };
      // A new run starts with an old heartbeat: the first worker to get the job takes it.
      const run = await db.$transaction(async (tx) => {
        const created = await tx.reindexRun.create({
          data: { backend: backend.kind, heartbeatAt: new Date(0) },
        });
        await recordAuditEvent(tx, {
          actorId,
          action: "reindex.start",
          entityType: "reindex",
          entityId: created.id,
        });
        return created;
      });
      const jobId = await enqueue(
        boss,
        reindexJob,
        { v: 1, runId: run.id },
        { singletonKey: `reindex:${run.id}` },
      );
      return { runId: run.id, alreadyRunning: false, jobId };
    },
  };
}
