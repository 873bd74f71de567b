import type { Db } from "@claimdesk/db";
import type { JobPayload, reindexJob } from "@claimdesk/jobs";
import { findOrCreateReindexRun, reindexAll, type SearchBackend } from "@claimdesk/search";

/**
 * Takes a reindex run for this process: it must have failed, or be running with no heartbeat
 * within the lease (new runs are created with an old heartbeat). reindexAll writes a heartbeat
 * after every batch, so a live run is never taken twice.
 */
export async function claimReindexRun(db: Db, runId: string, leaseMs: number): Promise<boolean> {
  const { count } = await db.reindexRun.updateMany({
    where: {
      id: runId,
      OR: [
        { status: "failed" },
        { status: "running", heartbeatAt: { lt: new Date(Date.now() - leaseMs) } },
      ],
    },
    data: { status: "running", heartbeatAt: new Date(), error: null },
  });
  return count === 1;
}

/** Starts or resumes a full reindex from its ReindexRun row (see reindexAll). */
export async function handleReindex(
  db: Db,
  backend: SearchBackend,
  payload: JobPayload<typeof reindexJob>,
  options: {
    leaseMs: number;
    batchSize: number;
    track: (runId: string, fn: () => Promise<string>) => Promise<string>;
  },
): Promise<string> {
  const runId =
    payload.runId ?? (await findOrCreateReindexRun(db, backend.kind, { claimed: false })).run.id;
  if (!(await claimReindexRun(db, runId, options.leaseMs))) {
    return `skipped run ${runId} (finished, or another worker has it)`;
  }
  return options.track(runId, async () => {
    const result = await reindexAll(db, backend, { runId, batchSize: options.batchSize });
    const counts = Object.entries(result.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    return `run ${runId} ${result.resumed ? "resumed and " : ""}completed: ${counts} (${result.documentsPerSecond} docs/s)`;
  });
}
