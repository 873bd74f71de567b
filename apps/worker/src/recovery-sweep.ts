import { findAbandonedArticles } from "@claimdesk/core/ingest";
import type { Db } from "@claimdesk/db";
import { enqueue, extractArticleJob, ingestUrlJob, type Queue, reindexJob } from "@claimdesk/jobs";
import { log, logError } from "./log.ts";

/**
 * Finds work whose worker died (SIGKILL, lost machine): articles left fetching/extracting, or
 * queued without a job, with no update within the lease, and reindex runs with no heartbeat
 * within the lease; and queues a job for each (throttled per item with a pg-boss singleton key).
 * The job's handler takes the item with a lease check, so nothing is done twice.
 */
export async function sweepAbandonedWork(
  db: Db,
  boss: Queue,
  options: { leaseMs: number },
): Promise<number> {
  const singletonSeconds = Math.max(1, Math.ceil(options.leaseMs / 1000));
  let queued = 0;
  for (const article of await findAbandonedArticles(db, { leaseMs: options.leaseMs })) {
    const key = `article:${article.id}`;
    const id =
      article.url && !article.contentHash
        ? await enqueue(
            boss,
            ingestUrlJob,
            { v: 1, articleId: article.id, url: article.url },
            { singletonKey: key, singletonSeconds },
          )
        : await enqueue(
            boss,
            extractArticleJob,
            { v: 1, articleId: article.id },
            { singletonKey: key, singletonSeconds },
          );
    if (id) {
      queued++;
      log(`recovery: article ${article.id} was left ${article.status}; queued again`);
    }
  }
  const staleRuns = await db.reindexRun.findMany({
    where: { status: "running", heartbeatAt: { lt: new Date(Date.now() - options.leaseMs) } },
    select: { id: true },
  });
  for (const run of staleRuns) {
    const id = await enqueue(
      boss,
      reindexJob,
      { v: 1, runId: run.id },
      { singletonKey: `reindex:${run.id}`, singletonSeconds },
    );
    if (id) {
      queued++;
      log(`recovery: reindex run ${run.id} has no heartbeat; queued to resume`);
    }
  }
  return queued;
}

/** Runs the sweep now and then every half lease, until stopped. */
export function startRecoverySweep(db: Db, boss: Queue, options: { leaseMs: number }) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sweepAbandonedWork(db, boss, options).catch((error: Error) =>
      logError("recovery: sweep failed", { err: error }),
    );
  };
  tick();
  const timer = setInterval(tick, Math.max(1000, options.leaseMs / 2));
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
