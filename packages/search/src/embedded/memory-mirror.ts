import type pg from "pg";
import type { IndexName, SearchDocument } from "../types.ts";
import { MemoryIndex } from "./memory-index.ts";

/** Documents indexed between yields to the event loop during a full load. */
const LOAD_CHUNK = 2000;
/** A mirror that has not synced for this long reloads in full (the deletion log is pruned). */
const RELOAD_AFTER_MS = 6 * 60 * 60 * 1000;

/** A document as the table holds it now: its row (doc and writer's txid), or none. */
interface Change {
  uid: string;
  id: string;
  txid: string | null;
  doc: SearchDocument | null;
}

/**
 * This process's copy of the serving search indexes (decision 007). `refresh()` costs one
 * primary-key read when nothing changed; after a write it reads the rows written (and the
 * deletions logged) by every transaction not finished at the previous refresh, so rows are
 * never skipped whatever order their writers commit in. A reindex's alias flip reloads that
 * index in full. Concurrent refreshes share one round trip; a refresh asked for while one runs
 * waits for it and runs again, so a search always sees the writes committed before it began.
 */
export class MemoryMirror {
  readonly index = new MemoryIndex();
  readonly #pool: pg.Pool;
  /** logical index name -> physical uid mirrored */
  #uids = new Map<string, string>();
  #version: string | null = null;
  /** pg_snapshot_xmin of the last refresh: rows of transactions from here on are re-read */
  #xmin: string | null = null;
  #refreshedAt = 0;
  /** writer's txid of each mirrored row (re-reading the same row is skipped) */
  readonly #txids = new Map<string, string>();
  #queue: Promise<unknown> = Promise.resolve();
  #waiting: Promise<string> | null = null;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /** Brings the mirror up to date; resolves to the index version it reflects (or newer). */
  refresh(): Promise<string> {
    if (this.#waiting) return this.#waiting;
    const run = this.#queue.then(() => {
      this.#waiting = null;
      return this.#sync();
    });
    this.#waiting = run;
    this.#queue = run.catch(() => {});
    return run;
  }

  /** The index version this copy reflects (null before the first refresh). */
  get version(): string | null {
    return this.#version;
  }

  /** The physical uid mirrored for each logical index. */
  uidsOf(indexes: IndexName[]): string[] {
    return indexes.map((name) => this.#uids.get(name)).filter((u): u is string => Boolean(u));
  }

  async #sync(): Promise<string> {
    // The common case, nothing written since the last refresh: one primary-key read.
    if (this.#version !== null && Date.now() - this.#refreshedAt <= RELOAD_AFTER_MS) {
      const current = await this.#pool.query<{ version: string }>(
        "select version::text as version from search_index_version where id = 1",
      );
      if (current.rows[0]?.version === this.#version) return this.#version;
    }
    const head = await this.#pool.query<{
      version: string;
      aliases: Record<string, string> | null;
      xmin: string;
    }>(
      `select v.version::text as version, pg_snapshot_xmin(pg_current_snapshot())::text as xmin,
         (select json_object_agg(name, index_uid) from search_index_alias) as aliases
       from search_index_version v where v.id = 1`,
    );
    const row = head.rows[0];
    if (!row) throw new Error("search_index_version is empty: apply migrations");
    const aliases = row.aliases ?? {};
    const stale = Date.now() - this.#refreshedAt > RELOAD_AFTER_MS;
    if (row.version === this.#version && !stale) return row.version;

    const reload = Object.entries(aliases).filter(
      ([name, uid]) => stale || this.#uids.get(name) !== uid,
    );
    const kept = Object.entries(aliases)
      .filter(([name, uid]) => !stale && this.#uids.get(name) === uid)
      .map(([, uid]) => uid);
    // Every document written or deleted by a transaction not finished at the last refresh,
    // with its row as it is now (none: deleted), in one statement, hence one snapshot. The row
    // in the table is the truth: transaction ids are not commit order, so comparing them could
    // keep a deleted row or an older version.
    const changes: Change[] = [];
    if (kept.length > 0 && this.#xmin !== null) {
      const changed = await this.#pool.query<{
        uid: string;
        id: string;
        doc: SearchDocument | null;
        txid: string | null;
      }>(
        `with touched as (
           select index_uid, id from search_document
           where index_uid = any($1::text[]) and txid >= $2::xid8
           union
           select index_uid, id from search_document_deletion
           where index_uid = any($1::text[]) and txid >= $2::xid8)
         select t.index_uid as uid, t.id, d.doc, d.txid::text as txid
         from touched t left join search_document d on d.index_uid = t.index_uid and d.id = t.id`,
        [kept, this.#xmin],
      );
      for (const r of changed.rows) {
        changes.push({ uid: r.uid, id: r.id, txid: r.txid, doc: r.doc });
      }
    }
    for (const [name, uid] of reload) {
      const previous = this.#uids.get(name);
      const rows = await this.#pool.query<{ doc: SearchDocument; txid: string }>(
        "select doc, txid::text as txid from search_document where index_uid = $1",
        [uid],
      );
      if (previous) this.#dropUid(previous);
      if (stale) this.#dropUid(uid);
      for (let i = 0; i < rows.rows.length; i++) {
        const r = rows.rows[i]!;
        this.#apply({ uid, id: r.doc.id, txid: r.txid, doc: r.doc });
        // Let the server answer other requests while a large index loads (searches wait).
        if (i % LOAD_CHUNK === LOAD_CHUNK - 1) await new Promise((r) => setImmediate(r));
      }
      this.#uids.set(name, uid);
    }
    for (const change of changes) this.#apply(change);
    this.#version = row.version;
    this.#xmin = row.xmin;
    this.#refreshedAt = Date.now();
    return row.version;
  }

  #apply(change: Change): void {
    const key = `${change.uid}\u0000${change.id}`;
    if (change.doc && change.txid !== null) {
      if (this.#txids.get(key) === change.txid) return; // the row this copy already has
      this.index.upsert(change.uid, change.doc);
      this.#txids.set(key, change.txid);
    } else {
      this.index.remove(change.uid, change.id);
      this.#txids.delete(key);
    }
  }

  #dropUid(uid: string): void {
    this.index.dropUid(uid);
    for (const key of [...this.#txids.keys()]) {
      if (key.startsWith(`${uid}\u0000`)) this.#txids.delete(key);
    }
  }
}
