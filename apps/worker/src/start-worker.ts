import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import type { SafeFetchOptions } from "@claimdesk/core/ingest";
import { enqueueIndexChanges } from "@claimdesk/core/search-sync";
import { type Db, getDb } from "@claimdesk/db";
import {
  enqueue,
  extractArticleJob,
  harvestClaimReviewsJob,
  importFileJob,
  ingestUrlJob,
  type JobDefinition,
  type JobPayload,
  parsePayload,
  pollFeedsJob,
  type Queue,
  reindexJob,
  snapshotEvidenceJob,
} from "@claimdesk/jobs";
import {
  removeWorkerHeartbeat,
  WORKER_HEARTBEAT_MS,
  type WorkerIdentity,
  writeWorkerHeartbeat,
} from "@claimdesk/jobs/operations";
import { createServices } from "@claimdesk/jobs/services";
import type { WorkerEnv } from "./env.ts";
import type { ExtractionSettings } from "./extraction/article-extraction.ts";
import { ExtractionPool } from "./extraction/extraction-pool.ts";
import { handleExtractArticle } from "./handlers/extract-article.ts";
import { handleHarvestClaimReviews } from "./handlers/harvest-claim-reviews.ts";
import { handleImportFile } from "./handlers/import-file.ts";
import { handleIngestUrl } from "./handlers/ingest-url.ts";
import { handlePollFeeds } from "./handlers/poll-feeds.ts";
import { handleReindex } from "./handlers/reindex.ts";
import { handleSnapshotEvidence } from "./handlers/snapshot-evidence.ts";
import { startHealthServer } from "./health-server.ts";
import { InFlight } from "./in-flight.ts";
import { log, logError } from "./log.ts";
import { startNotificationMailer } from "./notification-mailer.ts";
import { startOutboxLoop } from "./outbox-loop.ts";
import { startPagePurger } from "./page-purger.ts";
import { startRecoverySweep } from "./recovery-sweep.ts";

const version = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

export interface StartWorkerOptions {
  env: WorkerEnv;
  /**
   * Fetcher options for URL and feed jobs. Only tests pass anything here (e.g. a resolver, or
   * `allowLoopbackForTests` from test/fixtures/worker-for-tests.ts); src/main.ts never does.
   */
  fetch?: SafeFetchOptions;
}

/**
 * Starts a worker: the job handlers on the shared pg-boss queue, the outbox → search loop, the
 * recovery sweep for work abandoned by dead workers, the feed schedule, the heartbeat row and
 * `/healthz`. Returns `stop()`, the graceful shutdown.
 */
export async function startWorker(options: StartWorkerOptions) {
  const { env } = options;
  const leaseMs = env.WORKER_LEASE_SECONDS * 1000;
  // This process's services, built once (the same createServices as the web server and the
  // CLI); the shutdown below ends them in its own order.
  const services = createServices(
    { ...process.env, DATABASE_URL: env.DATABASE_URL },
    {
      db: getDb(),
      queue: {
        supervise: true,
        max: env.WORKER_CONCURRENCY + 4,
        onError: (err) => logError("queue error", { err }),
      },
    },
  );
  const { db, search: backend, matches } = services;
  await backend.ensureIndexes();
  // "said it again": the archive of checked claims, loaded in the background (the first
  // extraction waits for it)
  void matches.matcher().catch((error) => log(`matcher not loaded: ${(error as Error).message}`));
  if (!services.queue) throw new Error("the worker's services have no job queue");
  const boss = await services.queue.get();
  const inFlight = new InFlight();
  const extraction: ExtractionSettings = {
    pool: new ExtractionPool(env.EXTRACTION_THREADS),
    timeBudgetMs: env.EXTRACTION_TIME_BUDGET_SECONDS * 1000,
    chunkChars: env.EXTRACTION_CHUNK_CHARS,
    maxStatements: env.EXTRACTION_MAX_STATEMENTS,
  };

  const work = <J extends JobDefinition>(
    job: J,
    concurrency: number,
    handler: (payload: JobPayload<J>) => Promise<string>,
  ) =>
    Promise.all(
      Array.from({ length: concurrency }, () =>
        boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([item]) => {
          if (!item) return;
          const started = performance.now();
          const subject = describe(item.data);
          log(`job ${job.name} ${item.id} start${subject}`);
          try {
            const summary = await handler(parsePayload(job, item.data));
            log(
              `job ${job.name} ${item.id} done in ${Math.round(performance.now() - started)} ms: ${summary}`,
            );
            return summary;
          } catch (error) {
            log(
              `job ${job.name} ${item.id} failed after ${Math.round(performance.now() - started)} ms: ${(error as Error).message}`,
            );
            throw error;
          }
        }),
      ),
    );

  await work(ingestUrlJob, env.WORKER_CONCURRENCY, (payload) =>
    inFlight.track(inFlight.articles, payload.articleId, () =>
      handleIngestUrl(db, payload, { leaseMs, fetch: options.fetch, matches, extraction }),
    ),
  );
  await work(extractArticleJob, env.WORKER_CONCURRENCY, (payload) =>
    inFlight.track(inFlight.articles, payload.articleId, () =>
      handleExtractArticle(db, payload, { leaseMs, matches, extraction }),
    ),
  );
  await work(pollFeedsJob, 1, (payload) =>
    handlePollFeeds(db, boss, payload, { fetch: options.fetch }),
  );
  await work(reindexJob, 1, (payload) =>
    handleReindex(db, backend, payload, {
      leaseMs,
      batchSize: env.REINDEX_BATCH_SIZE,
      track: (runId, fn) => inFlight.track(inFlight.reindexRuns, runId, fn),
    }),
  );
  await work(harvestClaimReviewsJob, 1, (payload) =>
    handleHarvestClaimReviews(db, payload, {
      fetch: options.fetch,
      maxPages: env.HARVEST_PAGES_PER_RUN,
    }),
  );
  await work(importFileJob, 1, (payload) => handleImportFile(db, payload));
  await work(snapshotEvidenceJob, env.WORKER_CONCURRENCY, (payload) =>
    handleSnapshotEvidence(db, payload, { fetch: options.fetch }),
  );
  await boss.schedule(pollFeedsJob.name, env.FEED_POLL_CRON, { v: 1 });
  // A poll cut short by a dead worker is not retried (retryLimit 0), and the next cron tick may
  // be minutes away: each worker polls once at start (no singleton key: the dead worker's poll
  // may still hold one). What the cut poll stored is skipped (one FeedItem per guid), its queued
  // articles are picked up by the recovery sweep, and conditional GETs keep it cheap.
  await enqueue(boss, pollFeedsJob, { v: 1 });
  await boss.schedule(harvestClaimReviewsJob.name, env.HARVEST_CRON, { v: 1 });

  const outbox = startOutboxLoop(db, backend, {
    pollMs: env.OUTBOX_POLL_MS,
    batchSize: env.OUTBOX_BATCH_SIZE,
  });
  const sweep = startRecoverySweep(db, boss, { leaseMs });
  const mailer = startNotificationMailer(db, {
    smtpUrl: env.SMTP_URL,
    from: env.SMTP_FROM,
    origin: env.PUBLIC_ORIGIN ?? "http://localhost:3000",
    pollMs: env.NOTIFY_EMAIL_POLL_MS,
  });
  const purger = startPagePurger(db, {
    ...(env.CDN_PURGE_URL ? { purgeUrl: env.CDN_PURGE_URL } : {}),
    ...(env.CDN_PURGE_TOKEN ? { token: env.CDN_PURGE_TOKEN } : {}),
    origin: env.PUBLIC_ORIGIN ?? "http://localhost:3000",
    pollMs: env.CDN_PURGE_POLL_MS,
  });

  const heartbeat = await startHeartbeat(db, {
    hostname: hostname(),
    pid: process.pid,
    version,
    searchBackend: backend.kind,
    leaseSeconds: env.WORKER_LEASE_SECONDS,
  });
  const health = await startHealthServer(
    { db, boss },
    { port: env.WORKER_PORT, host: env.WORKER_HOST },
  );
  log(
    `ready: pid ${process.pid}, ${env.WORKER_CONCURRENCY} ingest slots, ${env.EXTRACTION_THREADS} extraction thread(s), search ${backend.kind}, health on ${health.url}/healthz (WORKER_PORT=${health.port})`,
  );

  let stopping: Promise<void> | null = null;
  /**
   * Graceful shutdown: stop taking jobs and wait for in-flight ones (up to the shutdown timeout;
   * pg-boss then fails what is left, so it is retried), hand back the articles and reindex runs
   * this process still held (another worker takes them at once), let the outbox loop finish its
   * batch, remove the heartbeat, close /healthz.
   */
  const stop = () => {
    stopping ??= (async () => {
      const timeout = env.WORKER_SHUTDOWN_TIMEOUT_SECONDS * 1000;
      log(`stopping: finishing in-flight jobs (up to ${env.WORKER_SHUTDOWN_TIMEOUT_SECONDS} s)…`);
      await sweep.stop();
      await heartbeat.stop();
      await Promise.all([
        boss
          .stop({ graceful: true, wait: true, timeout, close: true })
          .catch((error: Error) => logError("queue stop failed", { err: error })),
        outbox.stop(),
        mailer.stop(),
        purger.stop(),
      ]);
      await handBack(inFlight);
      await extraction.pool.close();
      await health.close();
      await backend.close();
      await db.$disconnect();
      log("stopped");
    })();
    return stopping;
  };

  async function handBack(held: InFlight) {
    const articles = [...held.articles];
    const runs = [...held.reindexRuns];
    if (articles.length) {
      // Back to queued: the recovery sweep of any worker (or a retry) picks them up at once.
      const count = await db.$transaction(async (tx) => {
        const back = await tx.article.findMany({
          where: { id: { in: articles }, status: { in: ["fetching", "extracting"] } },
          select: { id: true },
        });
        const ids = back.map((a) => a.id);
        await tx.article.updateMany({
          where: { id: { in: ids } },
          data: { status: "queued", progress: 0 },
        });
        await enqueueIndexChanges(tx, "article", ids);
        return ids.length;
      });
      if (count) log(`handed back ${count} article(s) still in progress: ${articles.join(", ")}`);
    }
    if (runs.length) {
      await db.reindexRun.updateMany({
        where: { id: { in: runs }, status: "running" },
        data: { heartbeatAt: new Date(0) },
      });
      log(`handed back reindex run(s) ${runs.join(", ")}; they resume from their last batch`);
    }
  }

  return { url: health.url, port: health.port, stop, boss: boss as Queue };
}

/**
 * Writes this worker's heartbeat row now and every WORKER_HEARTBEAT_MS (the admin page and
 * `claimdesk jobs` read "worker last seen 3 s ago" from it); `stop()` removes the row.
 */
async function startHeartbeat(db: Db, identity: WorkerIdentity) {
  const beat = () =>
    writeWorkerHeartbeat(db, identity).catch((error: Error) =>
      log(`heartbeat not written: ${error.message}`),
    );
  await beat();
  const timer = setInterval(beat, WORKER_HEARTBEAT_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await removeWorkerHeartbeat(db, identity).catch((error: Error) =>
        log(`heartbeat not removed: ${error.message}`),
      );
    },
  };
}

function describe(data: unknown): string {
  const d = (data ?? {}) as {
    articleId?: string;
    runId?: string;
    feedId?: string;
    sourceId?: string;
    url?: string;
  };
  if (d.url) return ` (${d.url})`;
  if (d.articleId) return ` (article ${d.articleId})`;
  if (d.runId) return ` (run ${d.runId})`;
  if (d.feedId) return ` (feed ${d.feedId})`;
  if (d.sourceId) return ` (ClaimReview source ${d.sourceId})`;
  return "";
}
