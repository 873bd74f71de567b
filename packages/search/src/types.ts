/** The three logical indexes. Each has its own document shape, all share SearchDocument. */
export const INDEX_NAMES = ["claims", "statements", "articles"] as const;
export type IndexName = (typeof INDEX_NAMES)[number];
export type DocumentType = "claim" | "statement" | "article";

export const INDEX_OF_TYPE: Record<DocumentType, IndexName> = {
  claim: "claims",
  statement: "statements",
  article: "articles",
};
export const TYPE_OF_INDEX: Record<IndexName, DocumentType> = {
  claims: "claim",
  statements: "statement",
  articles: "article",
};

/**
 * One searchable record, the same flat shape for every index (fields that do not apply are null).
 * Built from the database by the document builders; `version` changes whenever any field does,
 * so verifyIndex can find stale documents.
 */
export interface SearchDocument {
  id: string;
  type: DocumentType;
  /** claim/statement text, article title */
  text: string;
  externalId: string | null;
  speaker: string | null;
  verdict: string | null;
  status: string | null;
  outlet: string | null;
  kind: string | null;
  claimId: string | null;
  /** distinct key: a claim and the statements linked to it share it (claim id, else fingerprint) */
  claimKey: string;
  articleId: string | null;
  articleTitle: string | null;
  /** article body excerpt */
  body: string | null;
  byline: string | null;
  tags: string[];
  context: string | null;
  origin: string | null;
  externalPublisher: string | null;
  /** ISO date (claim date, article publication, statement's article date) */
  date: string | null;
  /** date as unix seconds (Meilisearch filters and sorts on numbers) */
  dateTs: number | null;
  checkworthiness: number | null;
  version: string;
}

/** Facets with at most one value per document. */
export const VALUE_FACET_FIELDS = [
  "type",
  "speaker",
  "verdict",
  "status",
  "outlet",
  "kind",
] as const;
export type ValueFacetField = (typeof VALUE_FACET_FIELDS)[number];
/** Every facet: the value facets and `tags` (a claim has any number of tags). */
export const FACET_FIELDS = [...VALUE_FACET_FIELDS, "tags"] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export interface SearchFilters {
  type?: DocumentType[];
  speaker?: string[];
  verdict?: string[];
  status?: string[];
  outlet?: string[];
  kind?: string[];
  /** documents with any of these tags */
  tags?: string[];
  /** inclusive ISO dates */
  dateFrom?: string;
  dateTo?: string;
}

export type SortField = "date" | "checkworthiness";
export interface SearchSort {
  field: SortField;
  direction: "asc" | "desc";
}

export interface SearchQuery {
  q: string;
  /** which indexes to search (default: all; narrowed by filters.type) */
  indexes?: IndexName[];
  filters?: SearchFilters;
  /** facet counts to return (default none) */
  facets?: FacetField[];
  /** default: relevance */
  sort?: SearchSort[];
  limit?: number;
  offset?: number;
  /**
   * The index version (indexVersion()) the caller read just before: a backend whose copy is at
   * that version may skip its own freshness check (the result is at least that fresh).
   */
  atVersion?: string;
}

export interface SearchHit {
  type: DocumentType;
  id: string;
  externalId: string | null;
  text: string;
  speaker: string | null;
  verdict: string | null;
  status: string | null;
  outlet: string | null;
  kind: string | null;
  claimId: string | null;
  /** the article of a statement (an article's own id) */
  articleId: string | null;
  date: string | null;
  tags: string[];
  /** `text` with matched words wrapped in <mark>…</mark>; `body` cropped around matches */
  highlight: { text: string; body: string | null };
  /** backend-specific relevance score, higher is better (0..1 for both backends) */
  score: number;
}

export interface SearchResult {
  totalHits: number;
  processingTimeMs: number;
  hits: SearchHit[];
  /** facet -> value -> count, over all matching documents */
  facets: Partial<Record<FacetField, Record<string, number>>>;
}

export const HIGHLIGHT_PRE = "<mark>";
export const HIGHLIGHT_POST = "</mark>";
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;
/** Like Meilisearch's pagination.maxTotalHits: totalHits and facet counts stop counting here. */
export const MAX_TOTAL_HITS = 1000;

export interface DocumentVersion {
  id: string;
  version: string;
}

/** One interface, two backends (embedded PostgreSQL, Meilisearch). */
export interface SearchBackend {
  readonly kind: "embedded" | "meilisearch";
  /** Creates the indexes and applies their settings (idempotent). */
  ensureIndexes(): Promise<void>;
  upsertDocuments(index: IndexName, docs: SearchDocument[]): Promise<void>;
  deleteDocuments(index: IndexName, ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /**
   * Optional: a value that changes after every write searches can see (result caches key on
   * it). Backends without it are not cached.
   */
  indexVersion?(): Promise<string>;
  /**
   * Optional: prepares the backend to serve searches (the embedded memory engine loads its copy
   * of the index). Servers call it at start; searches work without it, the first one waits.
   */
  warm?(): Promise<void>;
  countDocuments(index: IndexName): Promise<number>;
  getDocuments(index: IndexName, ids: string[]): Promise<SearchDocument[]>;
  /** Pages through every document id and version of an index, ordered by id. */
  listDocumentVersions(
    index: IndexName,
    page: { offset: number; limit: number },
  ): Promise<DocumentVersion[]>;

  // -- reindex primitives: build a fresh physical index, fill it, check it, swap it in
  /** Creates (or reopens, when resuming) the physical index `<index>_<runId>`; returns its uid. */
  prepareReindexTarget(index: IndexName, runId: string): Promise<string>;
  writeReindexBatch(targetUid: string, docs: SearchDocument[]): Promise<void>;
  /** Optional: called once a target has all its batches (before the count check and swap). */
  finishReindexTarget?(targetUid: string): Promise<void>;
  countTargetDocuments(targetUid: string): Promise<number>;
  /** Atomically makes `targetUid` serve `index`, then drops the index it replaced. */
  swapReindexTarget(index: IndexName, targetUid: string): Promise<void>;
  /** Drops a reindex target that will not be used (failed or cancelled run). */
  dropReindexTarget(targetUid: string): Promise<void>;

  close(): Promise<void>;
}
