import pg from "pg";
import {
  DEFAULT_LIMIT,
  type DocumentVersion,
  FACET_FIELDS,
  type FacetField,
  INDEX_NAMES,
  INDEX_OF_TYPE,
  type IndexName,
  MAX_LIMIT,
  MAX_TOTAL_HITS,
  type SearchBackend,
  type SearchDocument,
  type SearchQuery,
  type SearchResult,
} from "../types.ts";
import {
  anyTsQuery,
  applyCorrections,
  editsOf,
  foldQuery,
  pickMatchWords,
  type QueryWord,
  relaxedTsQuery,
  strictTsQuery,
  tokenizeQuery,
  wordsToCorrect,
} from "./build-text-query.ts";
import { MemoryMirror } from "./memory-mirror.ts";
import { emptyFacets, type RawResult, runSqlSearch } from "./sql-search.ts";

/**
 * How the embedded backend answers searches: from this process's in-memory copy of the index
 * (`memory`, the default; decision 007) or with SQL over search_document (`sql`, the engine
 * before it, kept as a fallback and for comparison).
 */
export type EmbeddedEngine = "memory" | "sql";

const WRITE_BATCH = 1000;
/** maintenance_work_mem for building a reindexed partition's indexes. */
const INDEX_BUILD_MEMORY = "256MB";

/** The table holding physical index `uid` once a reindex gave it its own partition. */
const partitionTable = (uid: string) => `sdp_${uid.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * SQL that replaces punctuation by spaces before to_tsvector, so "Columbia/HCA" or "I-205" index
 * as separate words, exactly as queries are split (the parser would keep them as one token).
 */
const alnum = (expr: string) => `regexp_replace(coalesce(${expr}, ''), '[^[:alnum:]]+', ' ', 'g')`;

/** Documents written through upserts after which statistics are refreshed (see upsertDocuments). */
const ANALYZE_AFTER_DOCUMENTS = 5_000;

/**
 * Which of $2 are indexed words of the physical indexes $1, as primary-key probes. The term is
 * matched by a (degenerate) range: with `=` the planner may pick the trigram GIN index, which
 * supports equality but is ~100x slower for it. Written as a semi-join (EXISTS) so each word is
 * one index probe whatever the statistics say: as a plain join, right after a bulk load (before
 * autovacuum analyzes search_term) the planner compared every word with every term, and the
 * thousands of typo candidates of a long query took seconds (3,000 words x 14,674 terms:
 * 5,082 ms as a join, 4.6 ms as a semi-join).
 */
const VOCABULARY_LOOKUP = `select distinct w.term from unnest($2::text[]) w(term)
  where exists (select 1 from search_term t where t.index_uid = any($1::text[])
    and t.term >= w.term and t.term <= w.term)`;

/**
 * Which of $3 begin at least one indexed word of the physical indexes $1 (a primary-key range
 * scan; indexed words are [a-z0-9], at most 40 characters).
 */
const PREFIX_LOOKUP = `select w from unnest($3::text[]) w where exists (
  select 1 from search_term t where t.index_uid = any($1::text[])
    and t.term >= w and t.term <= w || repeat('z', 40))`;

/** The query words known to the vocabulary: $2 as whole words, $3 as prefixes; one round trip. */
const KNOWN_WORDS_LOOKUP = `${VOCABULARY_LOOKUP} union ${PREFIX_LOOKUP}`;

/**
 * The default search backend: documents in PostgreSQL (table search_document, migration
 * 20261126233000_search_documents), weighted full-text search for candidates, typo correction
 * through a trigram index over the indexed vocabulary, re-ranking by ts_rank_cd + trigram word
 * similarity. Needs no server besides the database the product already uses.
 */
export class EmbeddedSearchBackend implements SearchBackend {
  readonly kind = "embedded" as const;
  readonly engine: EmbeddedEngine;
  readonly #pool: pg.Pool;
  #mirror: MemoryMirror | undefined;

  constructor(databaseUrl: string, options: { max?: number; engine?: EmbeddedEngine } = {}) {
    this.#pool = new pg.Pool({ connectionString: databaseUrl, max: options.max ?? 5 });
    this.#pool.on("error", () => {}); // idle client errors surface on the next query instead
    this.engine = options.engine ?? "memory";
  }

  /** The in-memory copy, loaded on first use (memory engine only). */
  get #memory(): MemoryMirror {
    this.#mirror ??= new MemoryMirror(this.#pool);
    return this.#mirror;
  }

  /**
   * Loads the in-memory index now instead of on the first search (a server calls this at start
   * so its first user does not wait). A no-op for the SQL engine.
   */
  async warm(): Promise<void> {
    if (this.engine === "memory") await this.#memory.refresh();
  }

  async ensureIndexes(): Promise<void> {
    const found = await this.#pool.query(
      "select 1 from information_schema.tables where table_name = 'search_document'",
    );
    if (found.rowCount === 0) {
      throw new Error(
        "search tables are missing: apply migrations (pnpm --filter @claimdesk/db db:deploy)",
      );
    }
    await this.#pool.query(
      `insert into search_index_alias (name, index_uid)
       select n, n from unnest($1::text[]) n on conflict do nothing`,
      [INDEX_NAMES],
    );
  }

  async upsertDocuments(index: IndexName, docs: SearchDocument[]): Promise<void> {
    const uid = await this.#resolve(index);
    await this.#write(uid, docs);
    await this.#bumpVersion();
    await this.#analyzeAfterBulkWrites(docs.length);
  }

  #writtenSinceAnalyze = 0;

  /**
   * After a bulk load through upserts (an import, a backlog drained from the outbox), vacuum and
   * analyze at once instead of waiting for autovacuum. Two things go wrong otherwise: stale
   * statistics (the typo-correction look-ups took 0.2-5 s a query right after importing LIAR, see
   * VOCABULARY_LOOKUP), and GIN indexes whose new entries still sit in their pending list, which
   * the planner rightly avoids (a trigram look-up on the vocabulary: 14 ms as a sequential scan,
   * 0.3 ms through the index once the pending list was merged). A full reindex builds its
   * indexes after loading, so it has neither problem.
   */
  async #analyzeAfterBulkWrites(written: number): Promise<void> {
    this.#writtenSinceAnalyze += written;
    if (this.#writtenSinceAnalyze < ANALYZE_AFTER_DOCUMENTS) return;
    this.#writtenSinceAnalyze = 0;
    await this.#pool.query("vacuum (analyze) search_term, search_document");
  }

  /** Changes after every committed write that searches can see (see search_index_version). */
  async indexVersion(): Promise<string> {
    // The memory engine answers with the version its copy reflects, after catching up.
    if (this.engine === "memory") return this.#memory.refresh();
    const result = await this.#pool.query<{ version: string }>(
      "select version::text as version from search_index_version where id = 1",
    );
    return result.rows[0]?.version ?? "0";
  }

  /** After the write committed: a reader that saw the old version may cache the new data, never the reverse. */
  async #bumpVersion(): Promise<void> {
    await this.#pool.query("update search_index_version set version = version + 1 where id = 1");
  }

  async deleteDocuments(index: IndexName, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    // Logged for the in-memory copies (memory-mirror.ts), which prune entries after a day.
    await this.#pool.query(
      `with gone as (
         delete from search_document
         where index_uid = (select index_uid from search_index_alias where name = $1) and id = any($2::text[])
         returning index_uid, id)
       insert into search_document_deletion (index_uid, id) select index_uid, id from gone`,
      [index, ids],
    );
    await this.#bumpVersion();
    if (Math.random() < 0.01) {
      await this.#pool.query(
        "delete from search_document_deletion where deleted_at < now() - interval '1 day'",
      );
    }
  }

  async countDocuments(index: IndexName): Promise<number> {
    return this.countTargetDocuments(await this.#resolve(index));
  }

  async getDocuments(index: IndexName, ids: string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const result = await this.#pool.query<{ doc: SearchDocument }>(
      `select doc from search_document
       where index_uid = (select index_uid from search_index_alias where name = $1) and id = any($2::text[])
       order by id`,
      [index, ids],
    );
    return result.rows.map((r) => r.doc);
  }

  async listDocumentVersions(
    index: IndexName,
    page: { offset: number; limit: number },
  ): Promise<DocumentVersion[]> {
    const result = await this.#pool.query<DocumentVersion>(
      `select id, doc->>'version' as version from search_document
       where index_uid = (select index_uid from search_index_alias where name = $1)
       order by id collate "C" limit $2 offset $3`,
      [index, page.limit, page.offset],
    );
    return result.rows;
  }

  /**
   * A reindex target is its own table (`sdp_<uid>`, a partition-to-be of search_document) with
   * only its primary key: rows are bulk loaded without GIN/trigram maintenance, and
   * finishReindexTarget builds those indexes in one pass and attaches the table.
   */
  async prepareReindexTarget(index: IndexName, runId: string): Promise<string> {
    const uid = `${index}_${runId}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
    const current = await this.#resolve(index);
    if (current === uid) throw new Error(`reindex target ${uid} already serves ${index}`);
    const table = partitionTable(uid);
    // Resuming keeps what was written (create ... if not exists).
    await this.#pool.query(
      `create table if not exists ${table} (like search_document including defaults,
         constraint ${table}_pkey primary key (index_uid, id),
         constraint ${table}_uid check (index_uid = ${literal(uid)}))`,
    );
    return uid;
  }

  /**
   * Bulk load into the fresh physical index's own table. Each batch commits without waiting for
   * the WAL flush (`synchronous_commit = off`: a crash loses at most the last batches, which the
   * count check before the swap catches and a resumed run rewrites).
   */
  async writeReindexBatch(targetUid: string, docs: SearchDocument[]): Promise<void> {
    const table = (await this.#hasOwnTable(targetUid))
      ? partitionTable(targetUid)
      : "search_document";
    const client = await this.#pool.connect();
    try {
      await client.query("begin");
      await client.query("set local synchronous_commit = off");
      await this.#write(targetUid, docs, client, table);
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
   * session) and attaches it as search_document's partition for its index_uid. Idempotent, so a
   * resumed run may call it again.
   */
  async finishReindexTarget(targetUid: string): Promise<void> {
    if (!(await this.#hasOwnTable(targetUid))) return;
    const table = partitionTable(targetUid);
    const client = await this.#pool.connect();
    try {
      await client.query(`set maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
      await client.query(`create index if not exists ${table}_tsv on ${table} using gin (tsv)`);
      await client.query(
        `create index if not exists ${table}_trgm on ${table} using gin (body gin_trgm_ops)`,
      );
      await client.query(
        `create index if not exists ${table}_claim_key on ${table} (index_uid, claim_key)`,
      );
      await client.query(
        `create index if not exists ${table}_date on ${table} (index_uid, date desc nulls last)`,
      );
      await client.query(`create index if not exists ${table}_txid on ${table} (txid)`);
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
    } finally {
      await client.query("reset all").catch(() => {});
      client.release();
    }
  }

  async countTargetDocuments(targetUid: string): Promise<number> {
    const own = await this.#hasOwnTable(targetUid);
    const result = await this.#pool.query<{ n: string }>(
      own
        ? `select count(*) as n from ${partitionTable(targetUid)}`
        : "select count(*) as n from search_document where index_uid = $1",
      own ? [] : [targetUid],
    );
    return Number(result.rows[0]?.n ?? 0);
  }

  async swapReindexTarget(index: IndexName, targetUid: string): Promise<void> {
    await this.finishReindexTarget(targetUid); // a no-op when reindexAll already did it
    const client = await this.#pool.connect();
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
    await this.#bumpVersion();
    if (previous && previous !== targetUid) await this.dropReindexTarget(previous);
    // Fresh statistics for the vocabulary (the new partition was analyzed when it was attached).
    await this.#pool.query("analyze search_term");
  }

  async dropReindexTarget(targetUid: string): Promise<void> {
    const serving = await this.#pool.query(
      "select 1 from search_index_alias where index_uid = $1",
      [targetUid],
    );
    if ((serving.rowCount ?? 0) > 0) throw new Error(`${targetUid} is serving; not dropped`);
    if (await this.#hasOwnTable(targetUid)) {
      // A whole table, not row by row. Dropping a partition briefly locks search_document.
      const client = await this.#pool.connect();
      try {
        await client.query("set lock_timeout = '10s'");
        await client.query(`drop table if exists ${partitionTable(targetUid)}`);
      } finally {
        await client.query("reset all").catch(() => {});
        client.release();
      }
    }
    await this.#pool.query("delete from search_document where index_uid = $1", [targetUid]);
    await this.#pool.query("delete from search_term where index_uid = $1", [targetUid]);
  }

  async #hasOwnTable(uid: string): Promise<boolean> {
    const found = await this.#pool.query("select to_regclass($1) is not null as found", [
      partitionTable(uid),
    ]);
    return found.rows[0]?.found === true;
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 0), MAX_LIMIT);
    const offset = Math.max(query.offset ?? 0, 0);
    const indexes = selectIndexes(query);
    const facets = (query.facets ?? []).filter((f) => FACET_FIELDS.includes(f));
    if (indexes.length === 0) {
      return { totalHits: 0, processingTimeMs: 0, hits: [], facets: emptyFacets(facets) };
    }
    if (this.engine === "memory") return this.#searchMemory(query, indexes, facets, limit, offset);
    let words = tokenizeQuery(query.q ?? "");
    const uids = await this.#resolveMany(indexes);
    // The query as typed (normalised) for trigram similarity: its stop words and word order
    // make a phrase taken from a claim score highest on that claim.
    const raw = normalizeForSimilarity(query.q ?? "");
    let result: RawResult;
    if (words.length === 0) {
      result = await runSqlSearch(this.#pool, { query, uids, facets, limit, offset, match: null });
    } else {
      words = await this.#correct(uids, words);
      const rank = anyTsQuery(words);
      const matchWords = pickMatchWords(words);
      result = await runSqlSearch(this.#pool, {
        query,
        uids,
        facets,
        limit,
        offset,
        match: { kind: "fts", tsquery: strictTsQuery(matchWords), rank, raw },
      });
      if (result.total === 0 && words.length >= 3) {
        result = await runSqlSearch(this.#pool, {
          query,
          uids,
          facets,
          limit,
          offset,
          match: { kind: "fts", tsquery: relaxedTsQuery(matchWords), rank, raw },
        });
      }
      if (result.total === 0 && raw.length >= 4 && raw.length <= 200) {
        result = await runSqlSearch(this.#pool, {
          query,
          uids,
          facets,
          limit,
          offset,
          match: { kind: "trigram", tsquery: rank, rank, raw },
        });
      }
    }
    return {
      totalHits: Math.min(result.total, MAX_TOTAL_HITS),
      processingTimeMs: Math.round(performance.now() - started),
      hits: result.hits,
      facets: result.facets,
    };
  }

  async #searchMemory(
    query: SearchQuery,
    indexes: IndexName[],
    facets: FacetField[],
    limit: number,
    offset: number,
  ): Promise<SearchResult> {
    const started = performance.now();
    const mirror = this.#memory;
    // The caller read this version a moment ago (and so refreshed the copy): no second check.
    if (query.atVersion === undefined || mirror.version !== query.atVersion) await mirror.refresh();
    const words = mirror.index.correct(tokenizeQuery(query.q ?? ""));
    // A last word of one or two letters still being typed ("health ca") cannot be matched as
    // a prefix (it starts too many words) nor as a word: it only ranks.
    const last = words.at(-1);
    const typing =
      words.length > 1 &&
      last !== undefined &&
      !last.prefix &&
      last.word.length < 3 &&
      !/^\d+$/.test(last.word) &&
      /[a-z0-9]$/i.test(query.q ?? "");
    const result = mirror.index.search({
      query,
      uids: mirror.uidsOf(indexes),
      words,
      matchWords: pickMatchWords(typing ? words.slice(0, -1) : words),
      raw: normalizeForSimilarity(query.q ?? ""),
      facets,
      limit,
      offset,
    });
    return {
      totalHits: Math.min(result.total, MAX_TOTAL_HITS),
      processingTimeMs: Math.round(performance.now() - started),
      hits: result.hits,
      facets: { ...emptyFacets(facets), ...result.facets },
    };
  }

  async #resolveMany(indexes: IndexName[]): Promise<string[]> {
    const result = await this.#pool.query<{ index_uid: string }>(
      "select index_uid from search_index_alias where name = any($1::text[])",
      [indexes],
    );
    return result.rows.map((r) => r.index_uid);
  }

  async #resolve(index: IndexName): Promise<string> {
    const result = await this.#pool.query<{ index_uid: string }>(
      "select index_uid from search_index_alias where name = $1",
      [index],
    );
    return result.rows[0]?.index_uid ?? index;
  }

  /**
   * Adds indexed words close to each query word that is not in the vocabulary (a typo): first
   * every word one edit away (exact look-ups), else the closest words by trigram similarity.
   */
  async #correct(uids: string[], words: QueryWord[]): Promise<QueryWord[]> {
    const candidates = wordsToCorrect(words);
    if (candidates.length === 0) return words;
    // The last word typed as a prefix ("hea" while typing "health") is no typo when indexed
    // words start with it: prefix matching (`hea:*`) finds them.
    const prefixes = words.filter((w) => w.prefix).map((w) => w.word);
    const known = await this.#pool.query<{ term: string }>(KNOWN_WORDS_LOOKUP, [
      uids,
      candidates,
      prefixes,
    ]);
    const knownSet = new Set(known.rows.map((r) => r.term));
    const unknown = candidates.filter((w) => !knownSet.has(w)).slice(0, 4);
    if (unknown.length === 0) return words;
    const variants = new Map<string, string[]>();
    for (const word of unknown)
      for (const v of editsOf(word)) variants.set(v, [...(variants.get(v) ?? []), word]);
    const found = await this.#pool.query<{ term: string }>(VOCABULARY_LOOKUP, [
      uids,
      [...variants.keys()],
    ]);
    const alternatives = new Map<string, string[]>();
    for (const { term } of found.rows) {
      for (const word of variants.get(term) ?? []) {
        alternatives.set(word, [...(alternatives.get(word) ?? []), term]);
      }
    }
    const far = unknown.filter((w) => !alternatives.has(w));
    if (far.length > 0) {
      // Larger misspellings: closest words by trigram similarity (any index's vocabulary).
      const similar = await this.#pool.query<{ w: string; alts: string[] }>(
        `select w, array(
           select t.term from search_term t where t.term % w
           group by t.term order by max(similarity(t.term, w)) desc, t.term limit 3) as alts
         from unnest($1::text[]) w`,
        [far],
      );
      for (const row of similar.rows) if (row.alts.length > 0) alternatives.set(row.w, row.alts);
    }
    return applyCorrections(words, alternatives);
  }

  async #write(
    uid: string,
    docs: SearchDocument[],
    client: pg.Pool | pg.PoolClient = this.#pool,
    table = "search_document",
  ): Promise<void> {
    const unique = [...new Map(docs.map((d) => [d.id, d])).values()];
    for (let i = 0; i < unique.length; i += WRITE_BATCH) {
      const batch = unique.slice(i, i + WRITE_BATCH);
      await client.query(
        `with input as (select d from jsonb_array_elements($2::jsonb) d),
         written as (
           insert into ${table} as s (index_uid, id, type, doc, body, tsv, claim_key, speaker,
             verdict, status, outlet, kind, date, checkworthiness, updated_at)
           select $1, d->>'id', d->>'type', d, d->>'text',
             setweight(to_tsvector('english', ${alnum("d->>'text'")}), 'A') ||
             setweight(to_tsvector('simple', ${alnum("d->>'speaker'")}), 'B') ||
             setweight(to_tsvector('english', ${alnum(`concat_ws(' ',
               (select string_agg(t, ' ') from jsonb_array_elements_text(d->'tags') t),
               d->>'context', d->>'articleTitle', d->>'externalId')`)}), 'C') ||
             setweight(to_tsvector('english', ${alnum("concat_ws(' ', d->>'outlet', d->>'byline', d->>'body')")}), 'D'),
             coalesce(d->>'claimKey', d->>'id'), d->>'speaker', d->>'verdict', d->>'status',
             d->>'outlet', d->>'kind', (d->>'date')::timestamptz, (d->>'checkworthiness')::real, now()
           from input
           on conflict (index_uid, id) do update set txid = pg_current_xact_id(),
             type = excluded.type, doc = excluded.doc,
             body = excluded.body, tsv = excluded.tsv, claim_key = excluded.claim_key,
             speaker = excluded.speaker, verdict = excluded.verdict, status = excluded.status,
             outlet = excluded.outlet, kind = excluded.kind, date = excluded.date,
             checkworthiness = excluded.checkworthiness, updated_at = now()
           returning 1
         )
         insert into search_term (index_uid, term)
         select distinct $1, w from input,
           regexp_split_to_table(lower(concat_ws(' ', d->>'text', d->>'speaker', d->>'articleTitle')), '[^a-z0-9]+') w
         where length(w) between 2 and 40
         order by 2
         on conflict do nothing`,
        [uid, JSON.stringify(batch)],
      );
    }
  }
}

function normalizeForSimilarity(q: string): string {
  return foldQuery(q)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .slice(0, 300);
}

function selectIndexes(query: SearchQuery): IndexName[] {
  let indexes: IndexName[] = query.indexes?.length ? [...query.indexes] : [...INDEX_NAMES];
  const types = query.filters?.type;
  if (types && types.length > 0) {
    const allowed = new Set(types.map((t) => INDEX_OF_TYPE[t]));
    indexes = indexes.filter((i) => allowed.has(i));
  }
  return indexes;
}
