import type pg from "pg";
import type { IndexName, SearchDocument } from "../types.ts";
import { MemoryIndex } from "./memory-index.ts";

/** Rows read per statement during a full load, and documents fetched per statement by a refresh. */
const LOAD_CHUNK = 2000;
/**
 * Longest stretch of adding or removing documents before yielding to the event loop (a count
 * of 2,000 documents was 50-100 ms of CPU on a quiet core, seconds on a loaded host).
 */
const SLICE_MS = 10;
const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));
/** A mirror that has not synced for this long reloads in full (the deletion log is pruned). */
const RELOAD_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Test seams (memory-mirror.integration.test.ts): awaited by a background load of a swapped
 * index after it has read the index's rows and before it adds them to the copy.
 */
export interface MirrorHooks {
  beforeApplyLoad?: (uid: string) => Promise<void>;
  /** After a refresh read changed rows: how many whole documents it fetched. */
  afterChangesRead?: (documents: number) => void;
}

/** A swapped index being loaded beside the one it replaces. */
interface Load {
  uid: string;
  /** pg_snapshot_xmin before the load read its rows: writes from here on are read again */
  xmin: string;
  /** every row is in the copy (under `uid`, which no search names yet) */
  ready: boolean;
  /** a later swap replaced this target: the load stops and drops what it added */
  cancelled: boolean;
  done: Promise<void>;
}

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
 * never skipped whatever order their writers commit in. Concurrent refreshes share one round
 * trip; a refresh asked for while one runs waits for it and runs again, so a search sees the
 * writes committed before it began.
 *
 * The exception is a reindex's alias flip: the new physical index is loaded in full beside the
 * old one, in the background, while searches keep being answered from
 * the old copy without waiting (a 32K-document load held searches for 61 s). When it is loaded,
 * the next refresh reads the writes made to it since the load began and switches the name to it
 * in one step; the old copy is dropped afterwards. Meanwhile `version` stays at the version the
 * old copy reflects, so a cache keyed on it never files the old results under the new version.
 * The first load of a name, and a reload after a long pause (the deletion log is pruned), still
 * make searches wait: there is no copy to answer from.
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
  /** physical uid -> document id -> writer's txid of the row mirrored (the same row is not re-read) */
  readonly #txids = new Map<string, Map<string, string>>();
  #queue: Promise<unknown> = Promise.resolve();
  #waiting: Promise<string> | null = null;
  /** logical index name -> its swapped index loading in the background */
  readonly #loads = new Map<string, Load>();
  /** physical uid -> its documents being removed from the copy in the background */
  readonly #drops = new Map<string, Promise<void>>();
  readonly #hooks: MirrorHooks;

  constructor(pool: pg.Pool, hooks: MirrorHooks = {}) {
    this.#pool = pool;
    this.#hooks = hooks;
  }

  /**
   * Resolves once every swapped index loading in the background is loaded and switched to (and
   * the copy refreshed): a server's warm-up, the tests and the benchmark.
   */
  async settled(): Promise<string> {
    let version = await this.refresh();
    while (this.#loads.size > 0) {
      await Promise.all([...this.#loads.values()].map((load) => load.done));
      version = await this.refresh();
    }
    return version;
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
    const switching = [...this.#loads.values()].some((load) => load.ready);
    // The common case, nothing written since the last refresh: one primary-key read.
    if (this.#version !== null && !switching && Date.now() - this.#refreshedAt <= RELOAD_AFTER_MS) {
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
    if (row.version === this.#version && !stale && !switching) return row.version;

    const moved = Object.entries(aliases).filter(
      ([name, uid]) => stale || this.#uids.get(name) !== uid,
    );
    // A name already mirrored keeps being served from its old copy while the new one loads;
    // a name seen for the first time (or everything, after a long pause) loads before answering.
    const reload: [string, string][] = [];
    const switched: [string, Load][] = [];
    const cancelled: Promise<void>[] = [];
    for (const [name, uid] of moved) {
      const load = this.#loads.get(name);
      if (stale || !this.#uids.has(name)) {
        if (load) cancelled.push(this.#cancel(name, load));
        reload.push([name, uid]);
      } else if (load?.uid === uid) {
        if (load.ready) switched.push([name, load]);
      } else {
        if (load) void this.#cancel(name, load);
        this.#startLoad(name, uid, row.xmin);
      }
    }
    const kept = Object.entries(aliases)
      .filter(([name, uid]) => !stale && this.#uids.get(name) === uid)
      .map(([, uid]) => uid);
    // Rows written since their load read the table: from the older of the two snapshots.
    let since = this.#xmin;
    for (const [, load] of switched) {
      if (since === null || BigInt(load.xmin) < BigInt(since)) since = load.xmin;
    }
    const caughtUp = [...kept, ...switched.map(([, load]) => load.uid)];
    // Every document written or deleted by a transaction not finished at the last refresh:
    // first which ones and by which transaction (the row in the table is the truth: transaction
    // ids are not commit order, so comparing them could keep a deleted row or an older version),
    // then the documents of only those this copy does not hold as written. The oldest
    // transaction still running anywhere on the server sets `since`, so one long transaction
    // elsewhere makes this list every row written since it began (a whole swapped index): the
    // copy already holds them, and fetching them all again held searches for seconds.
    const changes: Change[] = [];
    if (caughtUp.length > 0 && since !== null) {
      const touched = await this.#pool.query<{ uid: string; id: string; txid: string | null }>(
        `with touched as (
           select index_uid, id from search_document
           where index_uid = any($1::text[]) and txid >= $2::xid8
           union
           select index_uid, id from search_document_deletion
           where index_uid = any($1::text[]) and txid >= $2::xid8)
         select t.index_uid as uid, t.id, d.txid::text as txid
         from touched t left join search_document d on d.index_uid = t.index_uid and d.id = t.id`,
        [caughtUp, since],
      );
      const fetch: { uid: string; id: string }[] = [];
      for (const r of touched.rows) {
        const held = this.#txids.get(r.uid)?.get(r.id);
        if (r.txid === null) {
          if (held !== undefined) changes.push({ uid: r.uid, id: r.id, txid: null, doc: null });
        } else if (held !== r.txid) fetch.push(r);
      }
      for (let i = 0; i < fetch.length; i += LOAD_CHUNK) {
        const part = fetch.slice(i, i + LOAD_CHUNK);
        const docs = await this.#pool.query<{
          uid: string;
          id: string;
          doc: SearchDocument;
          txid: string;
        }>(
          `select d.index_uid as uid, d.id, d.doc, d.txid::text as txid
           from unnest($1::text[], $2::text[]) as k(uid, id)
           join search_document d on d.index_uid = k.uid and d.id = k.id`,
          [part.map((r) => r.uid), part.map((r) => r.id)],
        );
        const got = new Set<string>();
        for (const r of docs.rows) {
          got.add(`${r.uid}\u0000${r.id}`);
          changes.push({ uid: r.uid, id: r.id, txid: r.txid, doc: r.doc });
        }
        // Deleted between the two reads: gone now (the table is the truth).
        for (const r of part)
          if (!got.has(`${r.uid}\u0000${r.id}`))
            changes.push({ uid: r.uid, id: r.id, txid: null, doc: null });
      }
      this.#hooks.afterChangesRead?.(changes.filter((c) => c.doc).length);
    }
    if (reload.length > 0) {
      // A cancelled load may be adding or dropping the very uid about to be read again.
      await Promise.all(cancelled);
      await Promise.all(this.#drops.values());
    }
    for (const [name, uid] of reload) {
      const previous = this.#uids.get(name);
      const rows = await this.#readAll(uid);
      if (previous) this.#dropUid(previous);
      if (stale) this.#dropUid(uid);
      await this.#applyAll(uid, rows);
      this.#uids.set(name, uid);
    }
    for (const change of changes) this.#apply(change);
    // The switch: from here on searches of these names read the new copy, complete.
    for (const [name, load] of switched) {
      const previous = this.#uids.get(name);
      this.#uids.set(name, load.uid);
      this.#loads.delete(name);
      if (previous && previous !== load.uid) this.#dropInBackground(previous);
    }
    this.#xmin = row.xmin;
    this.#refreshedAt = Date.now();
    // While an old copy still answers for a swapped index, the version stays the one it reflects.
    if (this.#loads.size === 0 || this.#version === null) this.#version = row.version;
    return this.#version;
  }

  /**
   * Every row of `uid`, in pages of LOAD_CHUNK by id: each a short statement, so a reindex
   * dropping the replaced partition (which locks search_document) waits for one page, not for a
   * whole index, and the searches queued behind its lock with it (4.5 s in the benchmark when
   * this was one statement). The pages are read at different moments; the caller re-reads what
   * was written from a snapshot xmin taken before the first page, which covers every change
   * made between them.
   */
  async #readAll(uid: string): Promise<{ doc: SearchDocument; txid: string }[]> {
    const rows: { doc: SearchDocument; txid: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: pg.QueryResult<{ id: string; doc: SearchDocument; txid: string }> =
        await this.#pool.query(
          `select id, doc, txid::text as txid from search_document
           where index_uid = $1 and ($2::text is null or id > $2) order by id limit $3`,
          [uid, after, LOAD_CHUNK],
        );
      for (const r of page.rows) rows.push({ doc: r.doc, txid: r.txid });
      if (page.rows.length < LOAD_CHUNK) return rows;
      after = page.rows.at(-1)!.id;
    }
  }

  /** Adds `rows` of `uid`, yielding to the event loop between slices; stops once `stop()`. */
  async #applyAll(
    uid: string,
    rows: { doc: SearchDocument; txid: string }[],
    stop: () => boolean = () => false,
  ): Promise<void> {
    let slice = performance.now();
    for (let i = 0; i < rows.length && !stop(); i++) {
      const r = rows[i]!;
      this.#apply({ uid, id: r.doc.id, txid: r.txid, doc: r.doc });
      // Let the server answer other requests while a large index loads.
      if ((i & 63) === 63 && performance.now() - slice >= SLICE_MS) {
        await yieldToEventLoop();
        slice = performance.now();
      }
    }
  }

  /**
   * Loads swapped index `uid` beside the copy serving `name`; the next refresh after it is
   * ready switches to it. `xmin` is the snapshot xmin read before the rows are (any write the
   * load cannot see has a transaction id from there on). A failed load is forgotten, so the
   * next refresh starts it again; searches meanwhile stay on the old copy.
   */
  #startLoad(name: string, uid: string, xmin: string): void {
    const load: Load = { uid, xmin, ready: false, cancelled: false, done: Promise.resolve() };
    load.done = (async () => {
      await this.#drops.get(uid); // a copy of this uid still being dropped
      const rows = await this.#readAll(uid);
      await this.#hooks.beforeApplyLoad?.(uid);
      await this.#applyAll(uid, rows, () => load.cancelled);
      if (load.cancelled) return this.#dropInBackground(uid);
      load.ready = true;
      // Switch now rather than at the next search.
      this.refresh().catch(() => {});
    })().catch(() => {
      if (this.#loads.get(name) === load) this.#loads.delete(name);
      this.#dropInBackground(uid);
    });
    this.#loads.set(name, load);
  }

  /** Stops a load a later swap made pointless; resolves once it has stopped. */
  #cancel(name: string, load: Load): Promise<void> {
    load.cancelled = true;
    this.#loads.delete(name);
    if (load.ready) this.#dropInBackground(load.uid);
    return load.done;
  }

  /** Removes the documents of a copy no search names any more, yielding between slices. */
  #dropInBackground(uid: string): void {
    if (this.#drops.has(uid)) return;
    const ids = [...(this.#txids.get(uid)?.keys() ?? [])];
    this.#txids.delete(uid);
    const drop = (async () => {
      let slice = performance.now();
      for (let i = 0; i < ids.length; i++) {
        this.index.remove(uid, ids[i]!);
        if ((i & 63) === 63 && performance.now() - slice >= SLICE_MS) {
          await yieldToEventLoop();
          slice = performance.now();
        }
      }
      this.index.dropUid(uid);
    })().finally(() => this.#drops.delete(uid));
    this.#drops.set(uid, drop);
  }

  #apply(change: Change): void {
    let held = this.#txids.get(change.uid);
    if (change.doc && change.txid !== null) {
      if (held?.get(change.id) === change.txid) return; // the row this copy already has
      this.index.upsert(change.uid, change.doc);
      if (!held) {
        held = new Map();
        this.#txids.set(change.uid, held);
      }
      held.set(change.id, change.txid);
    } else {
      this.index.remove(change.uid, change.id);
      held?.delete(change.id);
    }
  }

  #dropUid(uid: string): void {
    this.index.dropUid(uid);
    this.#txids.delete(uid);
  }
}
