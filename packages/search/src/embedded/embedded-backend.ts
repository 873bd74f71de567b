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
  foldQuery,
  pickMatchWords,
  relaxedTsQuery,
  strictTsQuery,
  tokenizeQuery,
} from "./build-text-query.ts";
import { correctWords } from "./correct-words.ts";
import { MemoryMirror, type MirrorHooks } from "./memory-mirror.ts";
import { ReindexTargets } from "./reindex-targets.ts";
import { emptyFacets, type RawResult, runSqlSearch } from "./sql-search.ts";
import { uniqueById, writeDocuments } from "./write-documents.ts";

/**
 * How the embedded backend answers searches: from this process's in-memory copy of the index
 * (`memory`, the default; decision 007) or with SQL over search_document (`sql`, the engine
 * before it, kept as a fallback and for comparison).
 */
export type EmbeddedEngine = "memory" | "sql";

/** Documents written through upserts after which statistics are refreshed (see upsertDocuments). */
const ANALYZE_AFTER_DOCUMENTS = 5_000;

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
  readonly #targets: ReindexTargets;
  readonly #mirrorHooks: MirrorHooks | undefined;

  constructor(
    databaseUrl: string,
    options: { max?: number; engine?: EmbeddedEngine; mirrorHooks?: MirrorHooks } = {},
  ) {
    this.#pool = new pg.Pool({ connectionString: databaseUrl, max: options.max ?? 5 });
    this.#pool.on("error", () => {}); // idle client errors surface on the next query instead
    this.engine = options.engine ?? "memory";
    this.#mirrorHooks = options.mirrorHooks;
    this.#targets = new ReindexTargets(this.#pool, () => this.#bumpVersion());
  }

  /** The in-memory copy, loaded on first use (memory engine only). */
  get #memory(): MemoryMirror {
    this.#mirror ??= new MemoryMirror(this.#pool, this.#mirrorHooks);
    return this.#mirror;
  }

  /**
   * Loads the in-memory index now instead of on the first search (a server calls this at start
   * so its first user does not wait), including any swapped index still loading beside the copy
   * it replaces. A no-op for the SQL engine.
   */
  async warm(): Promise<void> {
    if (this.engine === "memory") await this.#memory.settled();
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
    await writeDocuments(this.#pool, uid, uniqueById(docs));
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

  prepareReindexTarget(index: IndexName, runId: string): Promise<string> {
    return this.#resolve(index).then((current) => this.#targets.prepare(index, runId, current));
  }

  writeReindexBatch(targetUid: string, docs: SearchDocument[]): Promise<void> {
    return this.#targets.writeBatch(targetUid, docs);
  }

  finishReindexTarget(targetUid: string): Promise<void> {
    return this.#targets.finish(targetUid);
  }

  countTargetDocuments(targetUid: string): Promise<number> {
    return this.#targets.count(targetUid);
  }

  /** This process's own copy (if it has one) has switched when this resolves: it reads its swap. */
  async swapReindexTarget(index: IndexName, targetUid: string): Promise<void> {
    await this.#targets.swap(index, targetUid);
    if (this.#mirror) await this.#mirror.settled();
  }

  dropReindexTarget(targetUid: string): Promise<void> {
    return this.#targets.drop(targetUid);
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
      words = await correctWords(this.#pool, uids, words);
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
