import {
  type Embedder,
  type EnqueuedTaskPromise,
  type FederatedMultiSearchParams,
  Meilisearch,
  type SearchParams,
  type Task,
} from "meilisearch";
import { hitFromDocument } from "../hit-from-document.ts";
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
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from "../types.ts";
import { buildFilter } from "./build-filter.ts";
import { buildIndexSettings, HIGHLIGHT_PARAMS } from "./index-settings.ts";

/** A Meilisearch task that ended in `failed` or `canceled`: nothing it carried was applied. */
export class MeilisearchTaskError extends Error {
  override name = "MeilisearchTaskError";
  constructor(
    readonly task: Task,
    what: string,
  ) {
    super(
      `Meilisearch task ${task.uid} (${what}) ${task.status}: ${task.error?.message ?? "no reason given"}${task.error?.code ? ` [${task.error.code}]` : ""}`,
    );
  }
}

const DOCUMENT_BATCH = 5000;
const SORT_FIELD = { date: "dateTs", checkworthiness: "checkworthiness" } as const;

interface MeiliHit extends SearchDocument {
  _formatted?: Partial<Record<keyof SearchDocument, unknown>>;
  _rankingScore?: number;
  _federation?: { indexUid: string; weightedRankingScore?: number };
}

/**
 * The production backend: one Meilisearch index per logical index, explicit settings, every
 * write awaited until its task succeeded (a failed task is an error, never a silent drop),
 * zero-downtime reindex through `swap-indexes`.
 */
export class MeilisearchBackend implements SearchBackend {
  readonly kind = "meilisearch" as const;
  readonly client: Meilisearch;
  readonly #taskTimeoutMs: number;
  readonly #embedder: Embedder | undefined;

  constructor(options: {
    host: string;
    apiKey?: string;
    /** the claims index's embedder (MEILI_EMBEDDER): matching searches hybrid with it */
    embedder?: Embedder;
    taskTimeoutMs?: number;
    /** polling interval while waiting on tasks (tests use a small one) */
    taskIntervalMs?: number;
  }) {
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      defaultWaitOptions: {
        timeout: options.taskTimeoutMs ?? 120_000,
        interval: options.taskIntervalMs ?? 50,
      },
    });
    this.#taskTimeoutMs = options.taskTimeoutMs ?? 120_000;
    this.#embedder = options.embedder;
  }

  async ensureIndexes(): Promise<void> {
    for (const index of INDEX_NAMES) await this.#ensureIndex(index);
  }

  async upsertDocuments(index: IndexName, docs: SearchDocument[]): Promise<void> {
    await this.#addDocuments(index, docs);
  }

  async deleteDocuments(index: IndexName, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#wait(
      this.client.index(index).deleteDocuments(ids),
      `delete ${ids.length} from ${index}`,
    );
  }

  async countDocuments(index: IndexName): Promise<number> {
    return this.countTargetDocuments(index);
  }

  async getDocuments(index: IndexName, ids: string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const result = await this.client
      .index<SearchDocument>(index)
      .getDocuments({ ids, limit: ids.length });
    return result.results.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async listDocumentVersions(
    index: IndexName,
    page: { offset: number; limit: number },
  ): Promise<DocumentVersion[]> {
    const result = await this.client
      .index<SearchDocument>(index)
      .getDocuments({ fields: ["id", "version"], offset: page.offset, limit: page.limit });
    return result.results.map((d) => ({ id: d.id, version: d.version }));
  }

  async prepareReindexTarget(index: IndexName, runId: string): Promise<string> {
    const uid = `${index}_${runId}`.replace(/[^A-Za-z0-9_-]/g, "_");
    await this.#ensureIndex(uid);
    return uid;
  }

  async writeReindexBatch(targetUid: string, docs: SearchDocument[]): Promise<void> {
    await this.#addDocuments(targetUid, docs);
  }

  async countTargetDocuments(targetUid: string): Promise<number> {
    const stats = await this.client.index(targetUid).getStats();
    return stats.numberOfDocuments;
  }

  async swapReindexTarget(index: IndexName, targetUid: string): Promise<void> {
    await this.#wait(
      this.client.swapIndexes([{ indexes: [index, targetUid], rename: false }]),
      `swap ${index} with ${targetUid}`,
    );
    // After the swap `targetUid` holds the previous documents.
    await this.dropReindexTarget(targetUid);
  }

  async dropReindexTarget(targetUid: string): Promise<void> {
    if ((INDEX_NAMES as readonly string[]).includes(targetUid)) {
      throw new Error(`${targetUid} is serving; not dropped`);
    }
    await this.#wait(this.client.deleteIndex(targetUid), `delete index ${targetUid}`, [
      "index_not_found",
    ]);
  }

  async close(): Promise<void> {}

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 0), MAX_LIMIT);
    const offset = Math.max(query.offset ?? 0, 0);
    const facets = (query.facets ?? []).filter((f) => FACET_FIELDS.includes(f));
    let indexes: IndexName[] = query.indexes?.length ? [...query.indexes] : [...INDEX_NAMES];
    if (query.filters?.type?.length) {
      const allowed = new Set(query.filters.type.map((t) => INDEX_OF_TYPE[t]));
      indexes = indexes.filter((i) => allowed.has(i));
    }
    if (indexes.length === 0) {
      return { totalHits: 0, processingTimeMs: 0, hits: [], facets: {} };
    }
    const filter = buildFilter(query.filters);
    const sort = (query.sort ?? []).map((s) => `${SORT_FIELD[s.field]}:${s.direction}`);
    const params: SearchParams = {
      ...HIGHLIGHT_PARAMS,
      attributesToHighlight: [...HIGHLIGHT_PARAMS.attributesToHighlight],
      attributesToCrop: [...HIGHLIGHT_PARAMS.attributesToCrop],
      matchingStrategy: "last",
      ...(filter ? { filter } : {}),
      ...(sort.length > 0 ? { sort } : {}),
    };
    // "type" is not a per-document facet in Meilisearch terms: it is the index the hit came from.
    const fieldFacets = facets.filter((f) => f !== "type");
    let hits: MeiliHit[];
    let total: number;
    let distribution: Record<string, Record<string, number>> = {};
    const typeCounts: Record<string, number> = {};
    if (indexes.length === 1) {
      const response = await this.client.index(indexes[0]!).search<MeiliHit>(query.q ?? "", {
        ...params,
        limit,
        offset,
        ...(fieldFacets.length > 0 ? { facets: fieldFacets } : {}),
      });
      hits = response.hits;
      total = response.estimatedTotalHits ?? hits.length;
      distribution = (response.facetDistribution ?? {}) as typeof distribution;
      typeCounts[indexes[0]!.slice(0, -1)] = total;
    } else {
      const response = await this.client.multiSearch<FederatedMultiSearchParams, MeiliHit>({
        federation: {
          limit,
          offset,
          ...(fieldFacets.length > 0
            ? {
                facetsByIndex: Object.fromEntries(indexes.map((i) => [i, fieldFacets])),
                mergeFacets: { maxValuesPerFacet: 100 },
              }
            : {}),
        },
        queries: indexes.map((indexUid) => ({ indexUid, q: query.q ?? "", ...params })),
      });
      const federated = response as unknown as {
        hits: MeiliHit[];
        estimatedTotalHits?: number;
        totalHits?: number;
        facetDistribution?: Record<string, Record<string, number>>;
      };
      hits = federated.hits;
      total = federated.estimatedTotalHits ?? federated.totalHits ?? hits.length;
      distribution = federated.facetDistribution ?? {};
    }
    const facetCounts: SearchResult["facets"] = {};
    for (const facet of facets) {
      facetCounts[facet] = facet === "type" ? typeCounts : { ...(distribution[facet] ?? {}) };
    }
    return {
      totalHits: Math.min(total, MAX_TOTAL_HITS),
      processingTimeMs: Math.round(performance.now() - started),
      hits: hits.map(toHit),
      facets: facetCounts as Partial<Record<FacetField, Record<string, number>>>,
    };
  }

  async #ensureIndex(uid: string): Promise<void> {
    await this.#wait(this.client.createIndex(uid, { primaryKey: "id" }), `create index ${uid}`, [
      "index_already_exists",
    ]);
    await this.#wait(
      this.client
        .index(uid)
        .updateSettings(
          buildIndexSettings(uid.startsWith("claims") ? { embedder: this.#embedder } : {}),
        ),
      `settings of ${uid}`,
    );
  }

  async #addDocuments(uid: string, docs: SearchDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += DOCUMENT_BATCH) {
      const batch = docs.slice(i, i + DOCUMENT_BATCH);
      await this.#wait(
        this.client.index(uid).addDocuments(batch, { primaryKey: "id" }),
        `add ${batch.length} documents to ${uid}`,
      );
    }
  }

  /** Waits for the task; a failed or canceled one throws (unless its error code is tolerated). */
  async #wait(enqueued: EnqueuedTaskPromise, what: string, tolerated: string[] = []) {
    const task = await enqueued.waitTask({ timeout: this.#taskTimeoutMs });
    if (task.status === "succeeded") return task;
    if (task.status === "failed" && task.error && tolerated.includes(task.error.code)) return task;
    throw new MeilisearchTaskError(task, what);
  }
}

function toHit(hit: MeiliHit): SearchHit {
  const formatted = hit._formatted ?? {};
  const highlight = {
    text: typeof formatted.text === "string" ? formatted.text : hit.text,
    body: typeof formatted.body === "string" ? formatted.body : (hit.body ?? null),
  };
  return hitFromDocument(
    hit,
    highlight,
    hit._rankingScore ?? hit._federation?.weightedRankingScore ?? 0,
  );
}
