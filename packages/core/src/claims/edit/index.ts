export {
  CLAIM_TEXT_LIMITS,
  normaliseClaimText,
  normaliseTags,
  SPLIT_PARTS,
  TAG_LIMITS,
  TAG_PATTERN,
} from "./claim-edit-rules.ts";
export { findClaimRedirect, type MergePlan, mergeClaims, previewMerge } from "./merge-claims.ts";
export { rewordClaim } from "./reword-claim.ts";
export { setClaimTags } from "./set-claim-tags.ts";
export { type SplitPart, splitClaim } from "./split-claim.ts";
