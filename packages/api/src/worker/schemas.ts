import { z } from "zod";

// Dates cross the wire as ISO strings (no transformer), so the types the client sees are the
// types the server sends.
const ZIsoDate = z.string();

export const ZJobCounts = z.object({
  queued: z.number().int(),
  active: z.number().int(),
  failed: z.number().int(),
  completed: z.number().int(),
});

export const ZHealth = z.object({
  ok: z.boolean(),
  db: z.object({ ok: z.boolean(), error: z.string().nullable() }),
  queue: z.object({ ok: z.boolean(), error: z.string().nullable() }),
  uptimeSeconds: z.number(),
  version: z.string(),
  searchBackend: z.string(),
  /** this worker process */
  pid: z.number().int(),
  hostname: z.string(),
});

export const ZQueues = z.object({
  queues: z.array(ZJobCounts.extend({ name: z.string() })),
  outbox: z.object({
    pending: z.number().int(),
    /** pending and due now (not waiting for a retry delay) */
    due: z.number().int(),
    dead: z.number().int(),
    /** seconds the oldest pending event has waited, null when none */
    oldestPendingSeconds: z.number().nullable(),
  }),
});

export const ZRunningJob = z.object({
  id: z.string(),
  queue: z.string(),
  startedAt: ZIsoDate.nullable(),
  retryCount: z.number().int(),
  /** 0-100 when known */
  progress: z.number().nullable(),
  /** e.g. "fetching https://…", "reindex claims 1200/5400" */
  detail: z.string(),
  articleId: z.string().nullable(),
  reindexRunId: z.string().nullable(),
});

export const ZReindexRunSummary = z.object({
  id: z.string(),
  status: z.enum(["running", "completed", "failed", "cancelled"]),
  backend: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  progress: z.number(),
  error: z.string().nullable(),
  startedAt: ZIsoDate,
  heartbeatAt: ZIsoDate,
  finishedAt: ZIsoDate.nullable(),
  /** running with no heartbeat within the lease: its worker died; another will resume it */
  stalled: z.boolean(),
});

export const ZIngestingArticle = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  status: z.enum(["queued", "fetching", "extracting"]),
  progress: z.number().int(),
  updatedAt: ZIsoDate,
});

export const ZRunning = z.object({
  jobs: z.array(ZRunningJob),
  reindexRuns: z.array(ZReindexRunSummary),
  articles: z.array(ZIngestingArticle),
});

export const ZFailedJob = z.object({
  kind: z.literal("job"),
  id: z.string(),
  queue: z.string(),
  error: z.string(),
  data: z.unknown(),
  retryCount: z.number().int(),
  failedAt: ZIsoDate.nullable(),
  createdAt: ZIsoDate,
});

export const ZDeadOutboxEvent = z.object({
  kind: z.literal("outbox"),
  /** bigint id as a decimal string */
  id: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  op: z.string(),
  attempts: z.number().int(),
  error: z.string(),
  deadAt: ZIsoDate,
  createdAt: ZIsoDate,
});

export const ZFailedInput = z.object({
  /** which list to page through */
  kind: z.enum(["job", "outbox"]).default("job"),
  limit: z.number().int().min(1).max(100).default(25),
  offset: z.number().int().min(0).max(100_000).default(0),
});

export const ZFailedOutput = z.object({
  items: z.array(z.discriminatedUnion("kind", [ZFailedJob, ZDeadOutboxEvent])),
  total: z.number().int(),
  nextOffset: z.number().int().nullable(),
});

export const ZRetryInput = z.discriminatedUnion("target", [
  /** a failed job, by pg-boss id */
  z.object({ target: z.literal("job"), id: z.uuid(), actorId: z.string().max(64).optional() }),
  /** dead outbox events: the listed ids, or all when `ids` is omitted */
  z.object({
    target: z.literal("outbox"),
    ids: z.array(z.string().regex(/^\d+$/, "an outbox id is a number")).max(1000).optional(),
    actorId: z.string().max(64).optional(),
  }),
]);

export const ZRetryOutput = z.object({ retried: z.number().int() });

export const ZStartReindexInput = z.object({ actorId: z.string().max(64).optional() });
export const ZStartReindexOutput = z.object({
  runId: z.string(),
  /** a run was already running: its id is returned and nothing new is started */
  alreadyRunning: z.boolean(),
  jobId: z.string().nullable(),
});

export type Health = z.output<typeof ZHealth>;
export type Queues = z.output<typeof ZQueues>;
export type Running = z.output<typeof ZRunning>;
export type FailedInput = z.output<typeof ZFailedInput>;
export type FailedOutput = z.output<typeof ZFailedOutput>;
export type RetryInput = z.output<typeof ZRetryInput>;
export type RetryOutput = z.output<typeof ZRetryOutput>;
export type StartReindexInput = z.output<typeof ZStartReindexInput>;
export type StartReindexOutput = z.output<typeof ZStartReindexOutput>;
