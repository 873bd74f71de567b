import { loadEnv } from "@claimdesk/env";
import { z } from "zod";

export const ZWorkerEnv = z
  .object({
    DATABASE_URL: z
      .string({ error: "is required (the start command sets it; see README)" })
      .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL"),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** port of the worker's /healthz (0: a random free port, printed at start) */
    WORKER_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    /** interface /healthz listens on; 0.0.0.0 only on a private network (compose, k8s) */
    WORKER_HOST: z.string().default("127.0.0.1"),
    /** URL ingest jobs run at once in this process */
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
    /** a job's claim on an article or reindex run lapses after this long without progress */
    WORKER_LEASE_SECONDS: z.coerce.number().min(1).max(3600).default(60),
    /** how long SIGTERM waits for in-flight jobs before handing them back */
    WORKER_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(20),
    /** outbox loop: idle poll interval */
    OUTBOX_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(200),
    OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
    REINDEX_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(1000),
    /** worker threads that run the extractor (off the event loop); at most the machine's cores */
    EXTRACTION_THREADS: z.coerce.number().int().min(1).max(16).default(1),
    /** an extraction starts no new piece of an article after this long; what it found is kept */
    EXTRACTION_TIME_BUDGET_SECONDS: z.coerce.number().min(1).max(3600).default(120),
    /** long articles are extracted in pieces of at most this many characters */
    EXTRACTION_CHUNK_CHARS: z.coerce.number().int().min(1000).max(2_000_000).default(100_000),
    /** statements kept per article (who said what first, then the most check-worthy) */
    EXTRACTION_MAX_STATEMENTS: z.coerce.number().int().min(1).max(20_000).default(2000),
    /** cron (pg-boss, UTC) for polling feeds */
    FEED_POLL_CRON: z.string().default("*/10 * * * *"),
    /** cron (pg-boss, UTC) for harvesting ClaimReview from the sources that are due */
    HARVEST_CRON: z.string().default("*/15 * * * *"),
    /** pages fetched per ClaimReview source per run (the rest are due at the next run) */
    HARVEST_PAGES_PER_RUN: z.coerce.number().int().min(1).max(200).default(25),
    CLAIMDESK_DATA_DIR: z.string().optional(),
    MEILI_HOST: z.url().optional(),
    MEILI_MASTER_KEY: z.string().optional(),
    /** read by the logger (src/log.ts); validated here so a bad value stops the worker at start */
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    /** e-mail notifications (a verdict sent back …): smtp://user:pass@host:587 or smtps://…; off when unset */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
      .optional(),
    /** the sender of notification e-mails */
    SMTP_FROM: z.string().min(3).default("claimdesk <claimdesk@localhost>"),
    /** the desk's public address, for links in e-mails */
    PUBLIC_ORIGIN: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    /** how often the worker looks for notifications to e-mail */
    NOTIFY_EMAIL_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
    /** CDN purge hook: receives POST {"urls": [...]} for changed fact-check pages; off when unset */
    CDN_PURGE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    /** sent to CDN_PURGE_URL as "Authorization: Bearer <token>" when set */
    CDN_PURGE_TOKEN: z.string().min(8, "must be at least 8 characters").optional(),
    /** how often the worker sends queued CDN purges */
    CDN_PURGE_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  })
  .refine((env) => !env.CDN_PURGE_URL || env.PUBLIC_ORIGIN, {
    message: "is required with CDN_PURGE_URL (the purged URLs are on the public site)",
    path: ["PUBLIC_ORIGIN"],
  });

export type WorkerEnv = z.output<typeof ZWorkerEnv>;

export const readWorkerEnv = (source: Record<string, string | undefined> = process.env) =>
  loadEnv(ZWorkerEnv, source);
