export { mapRatingToScale } from "../ratings/map-rating-to-scale.ts";
export {
  buildClaimReview,
  factCheckUrl,
  type JsonLd,
  MAX_CLAIM_REVIEWED,
  type PublisherSite,
  serializeJsonLd,
} from "./build-claim-review.ts";
export { claimSlug } from "./claim-slug.ts";
export { approveCorrection, correctVerdict, withdrawCorrection } from "./correct-verdict.ts";
export { exportClaimReviews } from "./export-claim-reviews.ts";
export {
  FACT_CHECK_BYLINE_LABEL,
  FACT_CHECK_BYLINES,
  type FactCheckStoryInput,
  getFactCheckStory,
  parseFactCheckStory,
  saveFactCheckStory,
  ZFactCheckStory,
} from "./fact-check-story.ts";
export { type ClaimReviewImportResult, importClaimReviews } from "./import-claim-reviews.ts";
export {
  decodeCursor,
  encodeCursor,
  listPublishedFactChecks,
  MAX_PAGE_SIZE,
} from "./list-published-fact-checks.ts";
export {
  type FactCheck,
  type FactCheckAppearance,
  type FactCheckReply,
  type FactCheckStoryView,
  type FactCheckVerdict,
  getPublishedFactCheck,
  PUBLIC_CLAIM_WHERE,
} from "./load-fact-checks.ts";
export { factCheckPaths, type PurgeOptions, queuePagePurge, sendPagePurges } from "./page-purge.ts";
export {
  findClaimReviewNodes,
  type ImportedClaimReview,
  ZImportedClaimReview,
} from "./parse-claim-review-input.ts";
export { previewFactCheck } from "./preview-fact-check.ts";
export { publishClaim } from "./publish-claim.ts";
export { resolvePublisherSite } from "./publisher-site.ts";
export { MAX_RETRACTION_NOTE, retractFactCheck } from "./retract-fact-check.ts";
export {
  type Block,
  checkStoryBody,
  type Inline,
  MAX_BODY_CHARS,
  parseStoryBody,
} from "./story-body.ts";
export {
  type ClaimReviewIssue,
  type ClaimReviewValidation,
  validateClaimReview,
} from "./validate-claim-review.ts";
