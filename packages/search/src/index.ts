export { createSearchBackend } from "./create-search-backend.ts";
export {
  countSourceRows,
  listSourceIds,
  loadArticleDocuments,
  loadClaimDocuments,
  loadDocuments,
  loadStatementDocuments,
  pickVerdict,
  versionDocument,
} from "./documents/load-documents.ts";
export { EmbeddedSearchBackend } from "./embedded/embedded-backend.ts";
export { readSearchEnv, type SearchEnv } from "./env.ts";
export { type CliHit, matchClaims, toCliHit } from "./match-claims.ts";
export { buildFilter, quoteFilterValue } from "./meilisearch/build-filter.ts";
export { buildIndexSettings } from "./meilisearch/index-settings.ts";
export { MeilisearchBackend, MeilisearchTaskError } from "./meilisearch/meilisearch-backend.ts";
export {
  type IndexRunState,
  type ReindexProgress,
  type ReindexResult,
  reindexAll,
} from "./reindex-all.ts";
export {
  MAX_OUTBOX_ATTEMPTS,
  outboxBackoffMs,
  type SyncOutboxResult,
  syncOutbox,
} from "./sync-outbox.ts";
export * from "./types.ts";
export { type IndexVerification, type VerifyIndexResult, verifyIndex } from "./verify-index.ts";
