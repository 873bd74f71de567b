import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createWorkerHttpHandler, ensureLocalWorkerToken } from "@claimdesk/api/worker";
import type { SafeFetchOptions } from "@claimdesk/core/ingest";
import { enqueueIndexChanges } from "@claimdesk/core/search-sync";
import { dataDir, getDb } from "@claimdesk/db";
import {
  extractArticleJob,
  ingestUrlJob,
  type JobDefinition,
  type JobPayload,
  parsePayload,
  pollFeedsJob,
  type Queue,
  reindexJob,
  snapshotEvidenceJob,
  startQueue,
} from "@claimdesk/jobs";
import { createClaimMatchSource, createSearchBackend } from "@claimdesk/search";
import type { WorkerEnv } from "./env.ts";
import { handleExtractArticle } from "./handlers/extract-article.ts";
import { handleIngestUrl } from "./handlers/ingest-url.ts";
import { handlePollFeeds } from "./handlers/poll-feeds.ts";
import { handleReindex } from "./handlers/reindex.ts";
import { handleSnapshotEvidence } from "./handlers/snapshot-evidence.ts";
import { InFlight } from "./in-flight.ts";
import { log, logError } from "./log.ts";
import { startNotificationMailer } from "./notification-mailer.ts";
import { startOutboxLoop } from "./outbox-loop.ts";
import { startRecoverySweep } from "./recovery-sweep.ts";
import { createWorkerService } from "./worker-service.ts";

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
 * recovery sweep for work abandoned by dead workers, the feed schedule, and the internal API
 * (tRPC + /healthz). Returns `stop()`, the graceful shutdown.
 */
export async function startWorker(options: StartWorkerOptions) {
  const { env } = options;
  const leaseMs = env.WORKER_LEASE_SECONDS * 1000;
  const token =
    env.WORKER_TOKEN ??
    ensureLocalWorkerToken(join(dataDir(env.CLAIMDESK_DATA_DIR), "worker-token"));
  const db = getDb();
  const backend = createSearchBackend({ ...process.env, DATABASE_URL: env.DATABASE_URL });
  await backend.ensureIndexes();
  // "said it again": the archive of checked claims, loaded in the background (the first
  // extraction waits for it)
  const matches = createClaimMatchSource(db, {
    env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
  });
  void matches.matcher().catch((error) => log(`matcher not loaded: ${(error as Error).message}`));
  const boss = await startQueue(env.DATABASE_URL, {
    supervise: true,
    max: env.WORKER_CONCURRENCY + 4,
  });
  const inFlight = new InFlight();

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
      handleIngestUrl(db, payload, { leaseMs, fetch: options.fetch, matches }),
    ),
  );
  await work(extractArticleJob, env.WORKER_CONCURRENCY, (payload) =>
    inFlight.track(inFlight.articles, payload.articleId, () =>
      handleExtractArticle(db, payload, { leaseMs, matches }),
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
  await work(snapshotEvidenceJob, env.WORKER_CONCURRENCY, (payload) =>
    handleSnapshotEvidence(db, payload, { fetch: options.fetch }),
  );
  await boss.schedule(pollFeedsJob.name, env.FEED_POLL_CRON, { v: 1 });

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

  const service = createWorkerService({ db, boss, backend, leaseMs, version });
  const server = http.createServer(createWorkerHttpHandler({ service, token }));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.WORKER_PORT, env.WORKER_HOST, resolve);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.address.includes(":") ? `[${address.address}]` : address.address}:${address.port}`;
  log(
    `ready: pid ${process.pid}, ${env.WORKER_CONCURRENCY} ingest slots, search ${backend.kind}, internal API on ${url} (WORKER_PORT=${address.port})`,
  );

  let stopping: Promise<void> | null = null;
  /**
   * Graceful shutdown: stop taking jobs and wait for in-flight ones (up to the shutdown timeout;
   * pg-boss then fails what is left, so it is retried), hand back the articles and reindex runs
   * this process still held (another worker takes them at once), let the outbox loop finish its
   * batch, close the API.
   */
  const stop = () => {
    stopping ??= (async () => {
      const timeout = env.WORKER_SHUTDOWN_TIMEOUT_SECONDS * 1000;
      log(`stopping: finishing in-flight jobs (up to ${env.WORKER_SHUTDOWN_TIMEOUT_SECONDS} s)…`);
      await sweep.stop();
      await Promise.all([
        boss
          .stop({ graceful: true, wait: true, timeout, close: true })
          .catch((error: Error) => logError("queue stop failed", { err: error })),
        outbox.stop(),
        mailer.stop(),
      ]);
      await handBack(inFlight);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
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

  return { url, port: address.port, token, stop, boss: boss as Queue };
}

function describe(data: unknown): string {
  const d = (data ?? {}) as { articleId?: string; runId?: string; feedId?: string; url?: string };
  if (d.url) return ` (${d.url})`;
  if (d.articleId) return ` (article ${d.articleId})`;
  if (d.runId) return ` (run ${d.runId})`;
  if (d.feedId) return ` (feed ${d.feedId})`;
  return "";
}
