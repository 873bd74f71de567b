import type { Db } from "@claimdesk/db";
import { loadDocuments } from "./documents/load-documents.ts";
import { INDEX_OF_TYPE, type IndexName, type SearchBackend } from "./types.ts";

/** After this many failed attempts an event is marked dead (admins can retry it). */
export const MAX_OUTBOX_ATTEMPTS = 8;

export interface SyncOutboxResult {
  /** events marked processed */
  processed: number;
  /** events that failed and will be retried later */
  failed: number;
  /** events that failed for the last time (deadAt set) */
  dead: number;
}

interface OutboxRow {
  id: bigint;
  entityType: string;
  entityId: string;
  op: string;
  attempts: number;
}

/** Retry delay after the n-th failure: 2 s, 4 s, 8 s … capped at 10 minutes. */
export function outboxBackoffMs(attempts: number): number {
  return Math.min(2 ** attempts * 1000, 10 * 60 * 1000);
}

/**
 * Drains one batch of pending OutboxEvent rows into the search index. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED` inside a transaction, so several workers never handle one event twice.
 * Per entity the newest event wins; a claim or article change also re-indexes its statements
 * (they carry its verdict, status and title). A failure marks that index's events with attempts+1,
 * lastError and a backed-off availableAt (deadAt after 8 attempts) and never throws, so the
 * worker's loop goes on. Returns counts; `processed + failed + dead === 0` means nothing was due.
 */
export async function syncOutbox(
  db: Db,
  backend: SearchBackend,
  options: { batchSize?: number } = {},
): Promise<SyncOutboxResult> {
  const batchSize = options.batchSize ?? 500;
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<OutboxRow[]>`
        select id, "entityType", "entityId", op, attempts from "OutboxEvent"
        where "processedAt" is null and "deadAt" is null and "availableAt" <= now()
        order by id
        limit ${batchSize}
        for update skip locked`;
      const result: SyncOutboxResult = { processed: 0, failed: 0, dead: 0 };
      if (rows.length === 0) return result;

      const byIndex = new Map<IndexName, OutboxRow[]>();
      const unknown: OutboxRow[] = [];
      for (const row of rows) {
        const index = INDEX_OF_TYPE[row.entityType as keyof typeof INDEX_OF_TYPE];
        if (!index) unknown.push(row);
        else byIndex.set(index, [...(byIndex.get(index) ?? []), row]);
      }

      const done: bigint[] = [];
      const failures: { rows: OutboxRow[]; error: string }[] = [];
      if (unknown.length > 0) {
        failures.push({ rows: unknown, error: "unknown entityType" });
      }
      // Statements affected by claim/article changes are re-indexed too.
      const cascadeClaims = new Set<string>();
      const cascadeArticles = new Set<string>();
      for (const index of ["claims", "articles", "statements"] as const) {
        const events = byIndex.get(index) ?? [];
        const latest = new Map<string, OutboxRow>();
        for (const event of events) latest.set(event.entityId, event);
        const upsertIds = [...latest.values()]
          .filter((e) => e.op !== "delete")
          .map((e) => e.entityId);
        const deleteIds = [...latest.values()]
          .filter((e) => e.op === "delete")
          .map((e) => e.entityId);
        try {
          let extra: string[] = [];
          if (index === "statements" && (cascadeClaims.size > 0 || cascadeArticles.size > 0)) {
            const related = await tx.statement.findMany({
              where: {
                OR: [
                  { claimId: { in: [...cascadeClaims] } },
                  { articleId: { in: [...cascadeArticles] } },
                ],
              },
              select: { id: true },
            });
            extra = related.map((s) => s.id).filter((id) => !latest.has(id));
          }
          const wanted = [...upsertIds, ...extra];
          const docs = await loadDocuments(tx as unknown as Db, index, wanted);
          const found = new Set(docs.map((d) => d.id));
          // An upsert whose row is gone (deleted since) removes the document.
          const gone = upsertIds.filter((id) => !found.has(id));
          if (docs.length > 0) await backend.upsertDocuments(index, docs);
          if (deleteIds.length + gone.length > 0) {
            await backend.deleteDocuments(index, [...deleteIds, ...gone]);
          }
          done.push(...events.map((e) => e.id));
          if (index === "claims") for (const id of latest.keys()) cascadeClaims.add(id);
          if (index === "articles") for (const id of latest.keys()) cascadeArticles.add(id);
        } catch (error) {
          if (events.length > 0) {
            failures.push({ rows: events, error: (error as Error).message ?? String(error) });
          }
        }
      }

      if (done.length > 0) {
        await tx.outboxEvent.updateMany({
          where: { id: { in: done } },
          data: { processedAt: new Date() },
        });
        result.processed = done.length;
      }
      for (const failure of failures) {
        for (const row of failure.rows) {
          const attempts = row.attempts + 1;
          const dead = attempts >= MAX_OUTBOX_ATTEMPTS;
          await tx.outboxEvent.update({
            where: { id: row.id },
            data: {
              attempts,
              lastError: failure.error.slice(0, 2000),
              availableAt: new Date(Date.now() + outboxBackoffMs(attempts)),
              deadAt: dead ? new Date() : null,
            },
          });
          if (dead) result.dead += 1;
          else result.failed += 1;
        }
      }
      return result;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * Indexes every change waiting in the outbox now (what a CLI import does so search and matching
 * find its rows without a worker running). Throws when a batch fails (the worker retries those).
 */
export async function drainOutbox(
  db: Db,
  backend: SearchBackend,
  options: { batchSize?: number; onProgress?: (indexed: number) => void } = {},
): Promise<number> {
  let indexed = 0;
  for (;;) {
    const sync = await syncOutbox(db, backend, { batchSize: options.batchSize ?? 1000 });
    if (sync.failed + sync.dead > 0)
      throw new Error("indexing failed; the worker will retry (see OutboxEvent.lastError)");
    if (sync.processed === 0) return indexed;
    indexed += sync.processed;
    options.onProgress?.(indexed);
  }
}
