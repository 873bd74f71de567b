import type { Db } from "@claimdesk/db";
import { listSourceIds, loadDocuments } from "./documents/load-documents.ts";
import { INDEX_NAMES, type IndexName, type SearchBackend } from "./types.ts";

export interface IndexVerification {
  /** rows in the database */
  sourceCount: number;
  /** documents in the index */
  indexCount: number;
  /** in the database, not in the index */
  missing: string[];
  /** in both, but the indexed document differs from what the database gives now */
  stale: string[];
  /** in the index, no longer in the database */
  orphaned: string[];
}

export type VerifyIndexResult = Record<IndexName, IndexVerification> & { ok: boolean };

/**
 * Compares every index with the database: builds each document from its source row and checks
 * the indexed copy by content version. Used by `claimdesk verify-index`; repair by enqueueing the
 * missing/stale ids (outbox upsert) and the orphaned ones (outbox delete), or by reindexAll.
 */
export async function verifyIndex(
  db: Db,
  backend: SearchBackend,
  options: { batchSize?: number; indexes?: IndexName[] } = {},
): Promise<VerifyIndexResult> {
  const batchSize = options.batchSize ?? 1000;
  const result = { ok: true } as VerifyIndexResult;
  for (const index of options.indexes ?? INDEX_NAMES) {
    const indexed = new Map<string, string>();
    for (let offset = 0; ; offset += batchSize) {
      const page = await backend.listDocumentVersions(index, { offset, limit: batchSize });
      for (const entry of page) indexed.set(entry.id, entry.version);
      if (page.length < batchSize) break;
    }
    const check: IndexVerification = {
      sourceCount: 0,
      indexCount: indexed.size,
      missing: [],
      stale: [],
      orphaned: [],
    };
    const seen = new Set<string>();
    let cursor: string | null = null;
    for (;;) {
      const ids = await listSourceIds(db, index, { after: cursor, limit: batchSize });
      if (ids.length === 0) break;
      cursor = ids.at(-1)!;
      for (const doc of await loadDocuments(db, index, ids)) {
        seen.add(doc.id);
        check.sourceCount += 1;
        const version = indexed.get(doc.id);
        if (version === undefined) check.missing.push(doc.id);
        else if (version !== doc.version) check.stale.push(doc.id);
      }
    }
    for (const id of indexed.keys()) if (!seen.has(id)) check.orphaned.push(id);
    if (check.missing.length + check.stale.length + check.orphaned.length > 0) result.ok = false;
    result[index] = check;
  }
  return result;
}
