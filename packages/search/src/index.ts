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
export { type FlagRepeatsResult, flagRepeatedStatements } from "./flag-repeated-statements.ts";
export {
  type ClaimMatchSource,
  createClaimMatchSource,
  matchClaimById,
  matchClaims,
} from "./match-claims.ts";
export { analyzeText, cleanStatement } from "./matching/analyze-text.ts";
export { snapshotDirFromEnv } from "./matching/archive-snapshot.ts";
export { ClaimArchive } from "./matching/claim-archive.ts";
export {
  ClaimMatcher,
  LIKELY_THRESHOLD,
  type MatchOptions,
  type MatchResult,
  SAME_CLAIM_THRESHOLD,
} from "./matching/claim-matcher.ts";
export { loadCheckedClaims } from "./matching/load-checked-claims.ts";
export { stemPorter2 } from "./matching/porter2.ts";
export type { CheckedClaim, ClaimMatch, MatchLevel, MatchReason } from "./matching/types.ts";
export { buildFilter, quoteFilterValue } from "./meilisearch/build-filter.ts";
export { buildIndexSettings } from "./meilisearch/index-settings.ts";
export { MeilisearchMatchCandidates } from "./meilisearch/match-candidates.ts";
export { MeilisearchBackend, MeilisearchTaskError } from "./meilisearch/meilisearch-backend.ts";
export { APPEARANCES_SHOWN, type Appearance } from "./pages/claim-appearances.ts";
export {
  cachedSearchPage,
  SEARCH_PAGE_SIZE,
  type SearchPage,
  type SearchPageHit,
  SearchResultCache,
  searchPage,
} from "./pages/search-page.ts";
export * from "./pages/search-query.ts";
export {
  type IndexRunState,
  type ReindexProgress,
  type ReindexResult,
  reindexAll,
} from "./reindex-all.ts";
export { findOrCreateReindexRun } from "./reindex-run.ts";
export {
  drainOutbox,
  MAX_OUTBOX_ATTEMPTS,
  outboxBackoffMs,
  type SyncOutboxResult,
  syncOutbox,
} from "./sync-outbox.ts";
export * from "./types.ts";
export { type IndexVerification, type VerifyIndexResult, verifyIndex } from "./verify-index.ts";
export { warmSearchBackend } from "./warm-search-backend.ts";
