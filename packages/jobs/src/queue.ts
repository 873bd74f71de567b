import PgBoss from "pg-boss";
import type { JobDefinition, JobPayload } from "./define-job.ts";
import { allJobs } from "./definitions.ts";

export class JobPayloadError extends Error {
  override name = "JobPayloadError";
}

/** Validates a payload against its job definition; the message names the bad fields. */
export function parsePayload<J extends JobDefinition>(job: J, data: unknown): JobPayload<J> {
  const parsed = job.payload.safeParse(data);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`);
    throw new JobPayloadError(`invalid ${job.name} v${job.version} payload: ${fields.join("; ")}`);
  }
  return parsed.data as JobPayload<J>;
}

export interface QueueOptions {
  supervise?: boolean;
  max?: number;
  /** pg-boss's background errors (a lost connection): the process's logger; default stderr */
  onError?: (error: Error) => void;
}

/**
 * A pg-boss instance on the product's PostgreSQL (schema "pgboss"). Producers (the web app, the
 * CLI) pass `supervise: false` so only workers run maintenance.
 */
export async function startQueue(url: string, options: QueueOptions = {}) {
  const boss = new PgBoss({
    connectionString: url,
    max: options.max ?? 5,
    supervise: options.supervise ?? true,
    schedule: options.supervise ?? true,
  });
  boss.on(
    "error",
    options.onError ?? ((error: Error) => process.stderr.write(`queue: ${error.message}\n`)),
  );
  await boss.start();
  // create_queue is INSERT … ON CONFLICT DO NOTHING: safe when several workers start at once.
  for (const job of allJobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit,
      retryDelay: job.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds,
    });
  }
  return boss;
}

export type Queue = Awaited<ReturnType<typeof startQueue>>;

/** Validates and enqueues; returns the job id (null when a singleton key already queued it). */
export async function enqueue<J extends JobDefinition>(
  boss: Queue,
  job: J,
  payload: JobPayload<J>,
  options: Pick<
    PgBoss.SendOptions,
    "singletonKey" | "singletonSeconds" | "startAfter" | "priority"
  > = {},
): Promise<string | null> {
  const data = parsePayload(job, payload);
  return boss.send(job.name, data as object, options);
}
