import type { Db, Prisma } from "@claimdesk/db";
import { countSourceRows, loadDocumentPage, loadDocuments } from "./documents/load-documents.ts";
import { findOrCreateReindexRun } from "./reindex-run.ts";
import { INDEX_NAMES, type IndexName, type SearchBackend, TYPE_OF_INDEX } from "./types.ts";

/** Progress of one index within a ReindexRun (stored in ReindexRun.indexes). */
export interface IndexRunState {
  total: number;
  done: number;
  /** last source id written to the target (id order) */
  cursor: string | null;
  /** physical index being built */
  target: string | null;
  swapped: boolean;
  /** outbox events after this id are replayed into the target before the swap */
  sinceOutboxId: string;
}

export interface ReindexProgress {
  runId: string;
  index: IndexName;
  indexDone: number;
  indexTotal: number;
  done: number;
  total: number;
}

export interface ReindexResult {
  runId: string;
  resumed: boolean;
  counts: Record<IndexName, number>;
  documentsPerSecond: number;
}

/**
 * Rebuilds every index with zero downtime: each index is written into a fresh physical index
 * (`<index>_<runId>`), changes made meanwhile (outbox events since the run started) are replayed
 * into it, its document count is checked against the database, and it is swapped in atomically
 * (the old one is dropped). Progress is saved in a ReindexRun row after every batch, so a run that
 * was interrupted resumes where it stopped: pass its `runId`, or leave it out to resume the
 * newest `running` run of this backend (a new run is started when there is none).
 */
export async function reindexAll(
  db: Db,
  backend: SearchBackend,
  options: {
    runId?: string;
    batchSize?: number;
    indexes?: IndexName[];
    onProgress?: (progress: ReindexProgress) => void;
  } = {},
): Promise<ReindexResult> {
  const batchSize = options.batchSize ?? 1000;
  const indexes = options.indexes ?? [...INDEX_NAMES];
  await backend.ensureIndexes();

  const found = options.runId
    ? {
        run: await db.reindexRun.findUniqueOrThrow({ where: { id: options.runId } }),
        created: false,
      }
    : await findOrCreateReindexRun(db, backend.kind, { claimed: true });
  let run = found.run;
  const resumed = !found.created;
  if (run.status === "completed") throw new Error(`reindex run ${run.id} already completed`);
  if (run.status !== "running") {
    run = await db.reindexRun.update({
      where: { id: run.id },
      data: { status: "running", error: null },
    });
  }
  const runId = run.id;
  const state = (run.indexes ?? {}) as unknown as Partial<Record<IndexName, IndexRunState>>;
  const lastOutbox = await db.outboxEvent.aggregate({ _max: { id: true } });
  for (const index of indexes) {
    state[index] ??= {
      total: await countSourceRows(db, index),
      done: 0,
      cursor: null,
      target: null,
      swapped: false,
      sinceOutboxId: String(lastOutbox._max.id ?? 0n),
    };
  }
  const save = async () => {
    const states = Object.values(state);
    await db.reindexRun.update({
      where: { id: runId },
      data: {
        indexes: state as unknown as Prisma.InputJsonValue,
        total: states.reduce((n, s) => n + s.total, 0),
        done: states.reduce((n, s) => n + s.done, 0),
        heartbeatAt: new Date(),
      },
    });
  };
  await save();

  const started = performance.now();
  let written = 0;
  const counts = {} as Record<IndexName, number>;
  try {
    for (const index of indexes) {
      const s = state[index]!;
      if (s.swapped) {
        counts[index] = s.done;
        continue;
      }
      s.target = await backend.prepareReindexTarget(index, runId);
      await save();
      // The next batch is read from the database (one SQL building the documents' JSON) while
      // the current one is written.
      const fetchAfter = (after: string | null) =>
        loadDocumentPage(db, index, { after, limit: batchSize });
      let next = fetchAfter(s.cursor);
      for (;;) {
        const { docs, lastId } = await next;
        if (lastId === null) break;
        next = fetchAfter(lastId);
        next.catch(() => {}); // surfaced by the await above if the write succeeds
        await backend.writeReindexBatch(s.target, docs);
        written += docs.length;
        s.cursor = lastId;
        s.done += docs.length;
        s.total = Math.max(s.total, s.done);
        await save();
        options.onProgress?.(progressOf(runId, index, state));
      }
      await backend.finishReindexTarget?.(s.target);
      // Changes made while this index was being built: rows before the cursor may have changed.
      const changed = await db.outboxEvent.findMany({
        where: { entityType: TYPE_OF_INDEX[index], id: { gt: BigInt(s.sinceOutboxId) } },
        select: { entityId: true },
        distinct: ["entityId"],
      });
      const changedIds = changed.map((e) => e.entityId);
      if (changedIds.length > 0) {
        const docs = await loadDocuments(db, index, changedIds);
        await backend.writeReindexBatch(s.target, docs);
      }
      const expected = await countSourceRows(db, index);
      const actual = await backend.countTargetDocuments(s.target);
      if (actual !== expected) {
        throw new Error(
          `reindex of ${index}: the new index holds ${actual} documents, the database ${expected}; not swapped`,
        );
      }
      await backend.swapReindexTarget(index, s.target);
      s.swapped = true;
      s.total = expected;
      counts[index] = expected;
      await save();
      options.onProgress?.(progressOf(runId, index, state));
    }
  } catch (error) {
    await db.reindexRun.update({
      where: { id: runId },
      data: { status: "failed", error: (error as Error).message, finishedAt: new Date() },
    });
    throw error;
  }
  await db.reindexRun.update({
    where: { id: runId },
    data: { status: "completed", finishedAt: new Date(), heartbeatAt: new Date() },
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    runId,
    resumed,
    counts,
    documentsPerSecond: seconds > 0 ? Math.round(written / seconds) : 0,
  };
}

function progressOf(
  runId: string,
  index: IndexName,
  state: Partial<Record<IndexName, IndexRunState>>,
): ReindexProgress {
  const states = Object.values(state);
  return {
    runId,
    index,
    indexDone: state[index]!.done,
    indexTotal: state[index]!.total,
    done: states.reduce((n, s) => n + s.done, 0),
    total: states.reduce((n, s) => n + s.total, 0),
  };
}
