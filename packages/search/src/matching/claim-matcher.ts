// "Has this been checked before?": retrieval (BM25F, any shared stem) over the archive of checked
// claims, then a learned re-ranker over what makes two statements the same claim, then a score
// on a 0-1 scale with two thresholds ("likely the same claim", "same claim") and the reason.
import { type AnalyzedText, analyzeText } from "./analyze-text.ts";
import { type CandidateFeatures, computeFeatures } from "./match-features.ts";
import { type Candidate, MatchIndex } from "./match-index.ts";
import { RERANKER } from "./reranker-model.ts";
import type { CheckedClaim, ClaimMatch, MatchLevel, MatchReason } from "./types.ts";

/** Candidates retrieved per statement and re-ranked. */
export const RERANK_DEPTH = 40;
/** Longest statement accepted, in characters; longer lines get an error, not a match. */
export const MAX_STATEMENT_CHARS = 10_000;

/** At or above: "likely the same claim" (suggested to the reviewer). */
export const LIKELY_THRESHOLD = RERANKER.thresholds.likely;
/** At or above: "same claim" (offered for one-click linking; flags "said it again"). */
export const SAME_CLAIM_THRESHOLD = RERANKER.thresholds.same;

export interface MatchOptions {
  /** matches returned at most (default 5) */
  limit?: number;
  /** drop matches below this score (default 0: the best `limit` whatever their score) */
  minScore?: number;
  /** claim ids never returned (e.g. the claim being looked at) */
  exclude?: string[];
}

export interface MatchResult {
  matches: ClaimMatch[];
  /** set when the statement could not be matched at all (empty, too long, no words) */
  error?: string;
}

/** Ranking features plus the scores derived from them, for one candidate. */
export interface RankedCandidate {
  candidate: Candidate;
  features: CandidateFeatures;
  /** the re-ranker's raw score (higher is better) */
  rank: number;
  /** 0-1 */
  score: number;
}

export function levelOf(score: number): MatchLevel {
  if (score >= SAME_CLAIM_THRESHOLD) return "same";
  if (score >= LIKELY_THRESHOLD) return "likely";
  return "related";
}

function dot(weights: readonly number[], values: number[]): number {
  let z = 0;
  for (let i = 0; i < values.length; i++) z += (weights[i] ?? 0) * (values[i] as number);
  return z;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Re-ranks retrieved candidates. The score is the calibrated probability that the pair is the
 * same claim, from the candidate's re-ranker score and its margin over the best other candidate.
 */
export function rerank(
  index: MatchIndex,
  query: AnalyzedText,
  candidates: Candidate[],
): RankedCandidate[] {
  const features = computeFeatures(index, query, candidates);
  const ranked = candidates.map((candidate, i) => {
    const f = features[i] as CandidateFeatures;
    return { candidate, features: f, rank: dot(RERANKER.weights, f.values), score: 0 };
  });
  // ties by text, then id: the same order whatever order the archive was loaded in
  ranked.sort(
    (a, b) =>
      b.rank - a.rank ||
      compare(a.candidate.entry.claim.text, b.candidate.entry.claim.text) ||
      compare(a.candidate.entry.claim.id, b.candidate.entry.claim.id),
  );
  const { slope, margin, bias } = RERANKER.calibration;
  for (let i = 0; i < ranked.length; i++) {
    const item = ranked[i] as RankedCandidate;
    const other =
      i === 0 ? (ranked[1]?.rank ?? item.rank - 2) : (ranked[0] as RankedCandidate).rank;
    item.score = sigmoid(slope * item.rank + margin * (item.rank - other) + bias);
  }
  return ranked;
}

function describe(features: CandidateFeatures): MatchReason {
  const phrases = features.sharedPhrases.slice(0, 5);
  const parts: string[] = [];
  if (features.sharedEntities.length) parts.push(`names ${features.sharedEntities.join(", ")}`);
  if (features.sharedNumbers.length) parts.push(`numbers ${features.sharedNumbers.join(", ")}`);
  if (phrases.length) parts.push(`phrases "${phrases.join('", "')}"`);
  if (features.speakerNamed) parts.push("the speaker");
  let summary = parts.length ? `Both mention ${parts.join("; ")}.` : "Shares rare words.";
  if (features.negationDiffers) summary += " One of the two is negated.";
  return {
    entities: features.sharedEntities,
    numbers: features.sharedNumbers,
    phrases,
    negationDiffers: features.negationDiffers,
    speaker: features.speakerNamed,
    summary,
  };
}

/** The matcher over one archive of checked claims, held in memory. */
export class ClaimMatcher {
  readonly index: MatchIndex;

  constructor(claims: CheckedClaim[] = []) {
    this.index = new MatchIndex();
    this.index.upsert(claims);
  }

  get size(): number {
    return this.index.size;
  }

  upsert(claims: CheckedClaim[]): void {
    this.index.upsert(claims);
  }

  remove(ids: string[]): void {
    this.index.remove(ids);
  }

  /** Checks that a statement can be matched; the reason when not. */
  static refuse(text: string): string | undefined {
    if (text.trim() === "") return "empty statement";
    if (text.length > MAX_STATEMENT_CHARS)
      return `statement too long (${text.length} characters, at most ${MAX_STATEMENT_CHARS})`;
    if (text.includes("\u0000") || (text.match(/\ufffd/g)?.length ?? 0) > text.length / 10)
      return "not text (binary data)";
    return undefined;
  }

  /** Ranked candidates with their features (the relevance and training scripts use it). */
  rankCandidates(
    text: string,
    extra: Candidate[] = [],
  ): { query: AnalyzedText; ranked: RankedCandidate[] } {
    const query = analyzeText(text);
    const candidates = this.index.candidates(query, RERANK_DEPTH);
    const seen = new Set(candidates.map((c) => c.doc));
    for (const c of extra) if (!seen.has(c.doc)) candidates.push(c);
    return { query, ranked: rerank(this.index, query, candidates) };
  }

  match(text: string, options: MatchOptions = {}, extra: Candidate[] = []): MatchResult {
    const refused = ClaimMatcher.refuse(text);
    if (refused) return { matches: [], error: refused };
    const limit = options.limit ?? 5;
    const exclude = new Set(options.exclude ?? []);
    const { query, ranked } = this.rankCandidates(text, extra);
    if (query.stems.length === 0) return { matches: [], error: "no words to match" };
    const matches: ClaimMatch[] = [];
    for (const item of ranked) {
      if (matches.length >= limit) break;
      const claim = item.candidate.entry.claim;
      if (exclude.has(claim.id) || item.score < (options.minScore ?? 0)) continue;
      matches.push({
        claim,
        score: Math.round(item.score * 1000) / 1000,
        level: levelOf(item.score),
        reason: describe(item.features),
      });
    }
    return { matches };
  }
}
