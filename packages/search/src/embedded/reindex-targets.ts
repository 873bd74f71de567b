// Full reindex into a physical index of its own: a table `sdp_<uid>` bulk loaded with only its
// primary key, its search indexes built in one pass at the end, attached as search_document's
// partition, then swapped in by the alias and the replaced one dropped as a whole table.
import type pg from "pg";
import type { IndexName, SearchDocument } from "../types.ts";
import { uniqueById, vocabularyToWrite, writeDocuments } from "./write-documents.ts";

/** maintenance_work_mem for building a reindexed partition's indexes. */
const INDEX_BUILD_MEMORY = "256MB";

/** The table holding physical index `uid` once a reindex gave it its own partition. */
export const partitionTable = (uid: string) =>
  `sdp_${uid.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Connections a reindex batch is written through at once (each its own transaction). PostgreSQL
 * computes the tsvectors of one statement on one core; two writers use a second one.
 */
const WRITERS = 2;
/** Below this many documents a batch is written through one connection. */
const SPLIT_FROM = 200;

export class ReindexTargets {
  /**
   * Target uid -> vocabulary words this process has committed to search_term for it, so that
   * each batch sends only new words (a resumed run in a new process sends them again: `on
   * conflict do nothing`).
   */
  readonly #words = new Map<string, Set<string>>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly bumpVersion: () => Promise<void>,
  ) {}

  /**
   * A reindex target is its own table (`sdp_<uid>`, a partition-to-be of search_document) with
   * only its primary key: rows are bulk loaded without GIN/trigram maintenance, and
   * finishReindexTarget builds those indexes in one pass and attaches the table.
   */
  async prepare(index: IndexName, runId: string, current: string): Promise<string> {
    const uid = `${index}_${runId}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
    if (current === uid) throw new Error(`reindex target ${uid} already serves ${index}`);
    const table = partitionTable(uid);
    // Resuming keeps what was written (create ... if not exists).
    await this.pool.query(
      `create table if not exists ${table} (like search_document including defaults,
         constraint ${table}_pkey primary key (index_uid, id),
         constraint ${table}_uid check (index_uid = ${literal(uid)}))`,
    );
    return uid;
  }

  /**
   * Bulk load into the fresh physical index's own table, split between WRITERS connections in
   * parallel. Each part commits without waiting for the WAL flush (`synchronous_commit = off`: a
   * crash loses at most the last batches, which the count check before the swap catches and a
   * resumed run rewrites) and without JIT compilation (decision 022). The batch is written when
   * this resolves; if it throws, some parts may be in and a resumed run writes them again (an
   * upsert). Each new vocabulary word goes with one part only, so the parts never wait on each
   * other's uncommitted words.
   */
  async writeBatch(targetUid: string, docs: SearchDocument[]): Promise<void> {
    const table = (await this.hasOwnTable(targetUid))
      ? partitionTable(targetUid)
      : "search_document";
    const known = this.#words.get(targetUid) ?? new Set<string>();
    const unique = uniqueById(docs);
    const parts = unique.length < SPLIT_FROM ? 1 : WRITERS;
    const size = Math.ceil(unique.length / parts);
    const assigned = new Set(known);
    const writes = [];
    for (let i = 0; i < unique.length; i += size) {
      const part = unique.slice(i, i + size);
      const words = vocabularyToWrite(part, assigned);
      for (const w of words) assigned.add(w);
      writes.push(this.#writePart(targetUid, part, table, words));
    }
    const results = await Promise.allSettled(writes);
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    this.#words.set(targetUid, assigned);
  }

  async #writePart(
    targetUid: string,
    docs: SearchDocument[],
    table: string,
    words: string[],
  ): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("begin");
      await client.query("set local synchronous_commit = off");
      await client.query("set local jit = off");
      await writeDocuments(client, targetUid, docs, { table, words });
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Builds the target table's search indexes in bulk (maintenance_work_mem raised for the
   * session) and attaches it as search_document's partition for its index_uid. The trigram
   * index, the slowest to build, is built on a second connection meanwhile (CREATE INDEX
   * sessions do not block each other). Idempotent, so a resumed run may call it again.
   */
  async finish(targetUid: string): Promise<void> {
    if (!(await this.hasOwnTable(targetUid))) return;
    this.#words.delete(targetUid); // written: its vocabulary is in search_term
    const table = partitionTable(targetUid);
    const trigrams = this.#maintain(async (client) => {
      await client.query(
        `create index if not exists ${table}_trgm on ${table} using gin (body gin_trgm_ops)`,
      );
    });
    trigrams.catch(() => {}); // awaited below
    await this.#maintain(async (client) => {
      await client.query(`create index if not exists ${table}_tsv on ${table} using gin (tsv)`);
      await client.query(
        `create index if not exists ${table}_claim_key on ${table} (index_uid, claim_key)`,
      );
      await client.query(
        `create index if not exists ${table}_date on ${table} (index_uid, date desc nulls last)`,
      );
      await client.query(`create index if not exists ${table}_txid on ${table} (txid)`);
      await trigrams;
      await client.query(`analyze ${table}`);
      const attached = await client.query(
        "select 1 from pg_inherits where inhrelid = to_regclass($1) and inhparent = 'search_document'::regclass",
        [table],
      );
      if (attached.rowCount === 0) {
        await client.query("set lock_timeout = '10s'");
        await client.query(
          `alter table search_document attach partition ${table} for values in (${literal(targetUid)})`,
        );
      }
    });
  }

  /** Runs `work` on a pooled connection with maintenance_work_mem raised, then resets it. */
  async #maintain(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query(`set maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
      await work(client);
    } finally {
      await client.query("reset all").catch(() => {});
      client.release();
    }
  }

  async count(targetUid: string): Promise<number> {
    const own = await this.hasOwnTable(targetUid);
    const result = await this.pool.query<{ n: string }>(
      own
        ? `select count(*) as n from ${partitionTable(targetUid)}`
        : "select count(*) as n from search_document where index_uid = $1",
      own ? [] : [targetUid],
    );
    return Number(result.rows[0]?.n ?? 0);
  }

  async swap(index: IndexName, targetUid: string): Promise<void> {
    await this.finish(targetUid); // a no-op when reindexAll already did it
    const client = await this.pool.connect();
    let previous: string | undefined;
    try {
      await client.query("begin");
      const row = await client.query<{ index_uid: string }>(
        "select index_uid from search_index_alias where name = $1 for update",
        [index],
      );
      previous = row.rows[0]?.index_uid;
      await client.query(
        `insert into search_index_alias (name, index_uid, updated_at) values ($1, $2, now())
         on conflict (name) do update set index_uid = excluded.index_uid, updated_at = now()`,
        [index, targetUid],
      );
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    this.#words.delete(targetUid);
    await this.bumpVersion();
    if (previous && previous !== targetUid) await this.drop(previous);
    // Fresh statistics for the vocabulary (the new partition was analyzed when it was attached).
    await this.pool.query("analyze search_term");
  }

  async drop(targetUid: string): Promise<void> {
    const serving = await this.pool.query("select 1 from search_index_alias where index_uid = $1", [
      targetUid,
    ]);
    if ((serving.rowCount ?? 0) > 0) throw new Error(`${targetUid} is serving; not dropped`);
    this.#words.delete(targetUid);
    if (await this.hasOwnTable(targetUid)) {
      // A whole table, not row by row. Dropping a partition briefly locks search_document.
      const client = await this.pool.connect();
      try {
        await client.query("set lock_timeout = '10s'");
        await client.query(`drop table if exists ${partitionTable(targetUid)}`);
      } finally {
        await client.query("reset all").catch(() => {});
        client.release();
      }
    }
    await this.pool.query("delete from search_document where index_uid = $1", [targetUid]);
    await this.pool.query("delete from search_term where index_uid = $1", [targetUid]);
  }

  async hasOwnTable(uid: string): Promise<boolean> {
    const found = await this.pool.query("select to_regclass($1) is not null as found", [
      partitionTable(uid),
    ]);
    return found.rows[0]?.found === true;
  }
}
