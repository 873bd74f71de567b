/** One earlier fact-check the matcher can find: a claim with a verdict somebody published. */
export interface CheckedClaim {
  /** the claim's id in this desk's database */
  id: string;
  /** the claim as the fact-checker reviewed it */
  text: string;
  /** the review's headline (imported ClaimReviews), else null */
  headline: string | null;
  speaker: string | null;
  /** the desk's label for the verdict (approved or imported), null when none maps */
  verdict: string | null;
  /** the rating in the publisher's own words (imports: the outside fact-checker's) */
  rating: string | null;
  /** who checked it: the outside fact-checker for imports, the desk for its own checks */
  publisher: string | null;
  /** when it was checked (ISO date) */
  date: string | null;
  /** the fact-check itself (imports: the publisher's page; the desk's: its public page path) */
  url: string | null;
  /** the id at the source (ClaimReview url, LIAR statement id) */
  externalId: string | null;
  origin: "extracted" | "manual" | "liar" | "claimreview";
}

/** How sure the matcher is that a statement repeats a checked claim. */
export type MatchLevel = "same" | "likely" | "related";

export interface ClaimMatch {
  claim: CheckedClaim;
  /**
   * 0-1: the re-ranker's estimate that the statement and the checked claim are the same claim
   * (logistic model, calibrated on CheckThat! 2020 train; see packages/search/README.md).
   */
  score: number;
  /** "same" at or above SAME_CLAIM_THRESHOLD, "likely" at or above LIKELY_THRESHOLD */
  level: MatchLevel;
  /** why it matched: what both statements share */
  reason: MatchReason;
}

export interface MatchReason {
  entities: string[];
  numbers: string[];
  phrases: string[];
  /** other rare words both use */
  words: string[];
  /** one of the two is negated and the other not */
  negationDiffers: boolean;
  speaker: boolean;
  /**
   * claim words the statement says in other words, "claim word (statement word)", as learned
   * from paired texts (word-translations.ts)
   */
  translated?: string[];
  /** one line for a reviewer */
  summary: string;
}
