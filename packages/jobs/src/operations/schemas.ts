import { z } from "zod";

// What the admin page, `claimdesk jobs` and the worker read about background work. Dates are ISO
// strings, so a tRPC answer has the types these schemas describe.

const ZIsoDate = z.string();

export const ZJobCounts = z.object({
  queued: z.number().int(),
  active: z.number().int(),
  failed: z.number().int(),
  completed: z.number().int(),
});

/** One worker process, from its heartbeat row. */
export const ZWorkerSeen = z.object({
  id: z.string(),
  pid: z.number().int(),
  hostname: z.string(),
  version: z.string(),
  searchBackend: z.string(),
  startedAt: ZIsoDate,
  seenAt: ZIsoDate,
  /** seconds since its last heartbeat */
  seenSecondsAgo: z.number(),
});

/** Whether a worker runs: a heartbeat within WORKER_SEEN_WITHIN_SECONDS. */
export const ZWorkerStatus = z.object({
  running: z.boolean(),
  /** seconds since the newest heartbeat of any worker; null when none was ever written */
  lastSeenSecondsAgo: z.number().nullable(),
  /** live workers, newest heartbeat first */
  workers: z.array(ZWorkerSeen),
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

export const ZRetryOutput = z.object({ retried: z.number().int() });

export const ZStartReindexOutput = z.object({
  runId: z.string(),
  /** a run was already running: its id is returned and nothing new is started */
  alreadyRunning: z.boolean(),
  jobId: z.string().nullable(),
});

export type WorkerStatus = z.output<typeof ZWorkerStatus>;
export type WorkerSeen = z.output<typeof ZWorkerSeen>;
export type Queues = z.output<typeof ZQueues>;
export type Running = z.output<typeof ZRunning>;
export type FailedInput = z.output<typeof ZFailedInput>;
export type FailedOutput = z.output<typeof ZFailedOutput>;
export type RetryOutput = z.output<typeof ZRetryOutput>;
export type StartReindexOutput = z.output<typeof ZStartReindexOutput>;
