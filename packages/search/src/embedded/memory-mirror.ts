import type pg from "pg";
import type { IndexName, SearchDocument } from "../types.ts";
import { editsOf, isStopWord, type QueryWord, wordsToCorrect } from "./build-text-query.ts";
import { MemoryIndex } from "./memory-index.ts";

/** A mirror that has not synced for this long reloads in full (the deletion log is pruned). */
const RELOAD_AFTER_MS = 6 * 60 * 60 * 1000;

interface Change {
  uid: string;
  id: string;
  txid: bigint;
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
  /** txid of each mirrored document (a re-read of the same write is skipped) */
  readonly #txids = new Map<string, bigint>();
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

  /** The physical uid mirrored for each logical index. */
  uidsOf(indexes: IndexName[]): string[] {
    return indexes.map((name) => this.#uids.get(name)).filter((u): u is string => Boolean(u));
  }

  async #sync(): Promise<string> {
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
    const changes: Change[] = [];
    if (kept.length > 0 && this.#xmin !== null) {
      const written = await this.#pool.query<{ uid: string; doc: SearchDocument; txid: string }>(
        `select index_uid as uid, doc, txid::text as txid from search_document
         where index_uid = any($1::text[]) and txid >= $2::xid8`,
        [kept, this.#xmin],
      );
      const deleted = await this.#pool.query<{ uid: string; id: string; txid: string }>(
        `select index_uid as uid, id, txid::text as txid from search_document_deletion
         where index_uid = any($1::text[]) and txid >= $2::xid8`,
        [kept, this.#xmin],
      );
      for (const r of written.rows)
        changes.push({ uid: r.uid, id: r.doc.id, txid: BigInt(r.txid), doc: r.doc });
      for (const r of deleted.rows)
        changes.push({ uid: r.uid, id: r.id, txid: BigInt(r.txid), doc: null });
    }
    for (const [name, uid] of reload) {
      const previous = this.#uids.get(name);
      const rows = await this.#pool.query<{ doc: SearchDocument; txid: string }>(
        "select doc, txid::text as txid from search_document where index_uid = $1",
        [uid],
      );
      if (previous) this.#dropUid(previous);
      if (stale) this.#dropUid(uid);
      for (const r of rows.rows)
        this.#apply({ uid, id: r.doc.id, txid: BigInt(r.txid), doc: r.doc });
      this.#uids.set(name, uid);
    }
    changes.sort((a, b) => (a.txid < b.txid ? -1 : a.txid > b.txid ? 1 : 0));
    for (const change of changes) this.#apply(change);
    this.#version = row.version;
    this.#xmin = row.xmin;
    this.#refreshedAt = Date.now();
    return row.version;
  }

  #apply(change: Change): void {
    const key = `${change.uid}\u0000${change.id}`;
    const known = this.#txids.get(key);
    if (change.doc) {
      if (known !== undefined && known >= change.txid) return; // already has this write
      this.index.upsert(change.uid, change.doc);
      this.#txids.set(key, change.txid);
    } else {
      if (known !== undefined && known > change.txid) return; // re-inserted after the deletion
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

  /**
   * Adds vocabulary words close to each query word that is not in the vocabulary (a typo):
   * every word one edit away, else the closest words by trigram similarity.
   */
  correct(words: QueryWord[]): QueryWord[] {
    const index = this.index;
    const candidates = wordsToCorrect(words);
    if (candidates.length === 0) return words;
    const prefixes = new Set(words.filter((w) => w.prefix).map((w) => w.word));
    const unknown = candidates
      .filter((w) => !index.hasWord(w) && !(prefixes.has(w) && index.hasPrefix(w)))
      .slice(0, 4);
    if (unknown.length === 0) return words;
    const alternatives = new Map<string, string[]>();
    for (const word of unknown) {
      let alts = editsOf(word).filter((v) => index.hasWord(v));
      if (alts.length === 0) alts = index.similarWords(word, 3);
      if (alts.length > 0) alternatives.set(word, alts.sort());
    }
    const kept: QueryWord[] = [];
    for (const word of words) {
      const alts = alternatives.get(word.word);
      // A misspelt stop word ("tht") is dropped like the stop word itself.
      if (alts?.some(isStopWord)) continue;
      kept.push(alts ? { ...word, alternatives: alts.slice(0, 6) } : word);
    }
    return kept;
  }
}
