import type { Db } from "@claimdesk/db";
import type { WorkerStatus } from "./schemas.ts";

/** A worker whose last heartbeat is older than this is not counted as running. */
export const WORKER_SEEN_WITHIN_SECONDS = 30;
/** How often a worker writes its heartbeat. */
export const WORKER_HEARTBEAT_MS = 5000;

export interface WorkerIdentity {
  hostname: string;
  pid: number;
  version: string;
  searchBackend: string;
  leaseSeconds: number;
}

const idOf = (w: Pick<WorkerIdentity, "hostname" | "pid">) => `${w.hostname}:${w.pid}`;

/** Writes (or refreshes) this worker's heartbeat row. */
export async function writeWorkerHeartbeat(db: Db, worker: WorkerIdentity, now = new Date()) {
  await db.workerHeartbeat.upsert({
    where: { id: idOf(worker) },
    create: { id: idOf(worker), ...worker, startedAt: now, seenAt: now },
    update: { seenAt: now },
  });
}

/** Removes this worker's row when it stops gracefully, and rows not refreshed for a day. */
export async function removeWorkerHeartbeat(
  db: Db,
  worker: Pick<WorkerIdentity, "hostname" | "pid">,
) {
  await db.workerHeartbeat.deleteMany({
    where: {
      OR: [{ id: idOf(worker) }, { seenAt: { lt: new Date(Date.now() - 86_400_000) } }],
    },
  });
}

/** Whether a worker runs (heartbeat within WORKER_SEEN_WITHIN_SECONDS), and which. */
export async function readWorkerStatus(
  db: Db,
  now = new Date(),
): Promise<WorkerStatus & { leaseMs: number }> {
  const rows = await db.workerHeartbeat.findMany({ orderBy: { seenAt: "desc" }, take: 50 });
  const ago = (d: Date) => Math.max(0, Math.round((now.getTime() - d.getTime()) / 1000));
  const live = rows.filter((r) => ago(r.seenAt) <= WORKER_SEEN_WITHIN_SECONDS);
  return {
    running: live.length > 0,
    lastSeenSecondsAgo: rows[0] ? ago(rows[0].seenAt) : null,
    workers: live.map((r) => ({
      id: r.id,
      pid: r.pid,
      hostname: r.hostname,
      version: r.version,
      searchBackend: r.searchBackend,
      startedAt: r.startedAt.toISOString(),
      seenAt: r.seenAt.toISOString(),
      seenSecondsAgo: ago(r.seenAt),
    })),
    // the lease the newest worker runs with (the worker's default when none runs)
    leaseMs: (live[0] ?? rows[0])?.leaseSeconds
      ? (live[0] ?? rows[0])!.leaseSeconds * 1000
      : 60_000,
  };
}
