import type { Db, Prisma, ReindexRun } from "@claimdesk/db";

/**
 * The running ReindexRun of a search backend, or a new one: the one way a reindex run is found or
 * started (the admin's "Start reindex", the worker's reindex job without a run id, `claimdesk
 * reindex`). `claimed: false` (a worker is to take it) starts it with an old heartbeat, so the
 * first worker to get its job claims it; `claimed: true` (the caller runs it now) with a fresh one,
 * so no recovery sweep takes it meanwhile. `onCreate` runs in the creating transaction (audit).
 */
export async function findOrCreateReindexRun(
  db: Db,
  backendKind: string,
  options: {
    claimed: boolean;
    onCreate?: (tx: Prisma.TransactionClient, run: ReindexRun) => Promise<unknown>;
  },
): Promise<{ run: ReindexRun; created: boolean }> {
  const running = await db.reindexRun.findFirst({
    where: { status: "running", backend: backendKind },
    orderBy: { startedAt: "desc" },
  });
  if (running) return { run: running, created: false };
  const run = await db.$transaction(async (tx) => {
    const created = await tx.reindexRun.create({
      data: { backend: backendKind, heartbeatAt: options.claimed ? new Date() : new Date(0) },
    });
    await options.onCreate?.(tx, created);
    return created;
  });
  return { run, created: true };
}
