import { recordAuditEvent } from "@claimdesk/core/audit";
import type { Db } from "@claimdesk/db";
import { findOrCreateReindexRun } from "@claimdesk/search";
import { reindexJob } from "../definitions.ts";
import { enqueue, type Queue } from "../queue.ts";
import type { StartReindexOutput } from "./schemas.ts";

/**
 * Starts a full, resumable reindex of a search backend for a worker to run, or returns the run
 * already running. Audited as the actor.
 */
export async function startReindex(
  db: Db,
  boss: Queue,
  input: { backendKind: string; actorId: string | null },
): Promise<StartReindexOutput> {
  const { run, created } = await findOrCreateReindexRun(db, input.backendKind, {
    claimed: false,
    onCreate: (tx, created) =>
      recordAuditEvent(tx, {
        actorId: input.actorId,
        action: "reindex.start",
        entityType: "reindex",
        entityId: created.id,
      }),
  });
  if (!created) return { runId: run.id, alreadyRunning: true, jobId: null };
  const jobId = await enqueue(
    boss,
    reindexJob,
    { v: 1, runId: run.id },
    { singletonKey: `reindex:${run.id}` },
  );
  return { runId: run.id, alreadyRunning: false, jobId };
}
