import type { Db } from "@claimdesk/db";
import { listActiveJobs } from "../inspect.ts";
import type { Running } from "./schemas.ts";
import { sqlOf } from "./sql-of.ts";

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/**
 * Jobs being worked on (with their article's or reindex run's progress), reindex runs running or
 * finished within the hour, and articles being ingested. A running reindex run is stalled when
 * its heartbeat is older than the lease (its worker died; another resumes it).
 */
export async function listRunningWork(db: Db, options: { leaseMs: number }): Promise<Running> {
  const [active, runs, articles] = await Promise.all([
    listActiveJobs(sqlOf(db)),
    db.reindexRun.findMany({
      where: {
        OR: [{ status: "running" }, { finishedAt: { gt: new Date(Date.now() - 3600_000) } }],
      },
      orderBy: { startedAt: "desc" },
      take: 10,
    }),
    db.article.findMany({
      where: { status: { in: ["queued", "fetching", "extracting"] } },
      orderBy: { updatedAt: "desc" },
      take: 50,
      select: { id: true, title: true, url: true, status: true, progress: true, updatedAt: true },
    }),
  ]);
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
  const stale = Date.now() - options.leaseMs;
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
}
