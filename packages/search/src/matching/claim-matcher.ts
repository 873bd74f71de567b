// "Has this been checked before?": retrieval (BM25F, any shared stem) over the archive of checked
// claims, then a learned re-ranker over what makes two statements the same claim, then a score
// on a 0-1 scale with two thresholds ("likely the same claim", "same claim") and the reason.
import { type AnalyzedText, analyzeText, stemWord, surfaceWords } from "./analyze-text.ts";
import { type CandidateFeatures, computeFeatures, FEATURE_NAMES } from "./match-features.ts";
import { type Candidate, longestRun, MatchIndex } from "./match-index.ts";
import { RERANKER } from "./reranker-model.ts";
import { segmentHandles } from "./segment-words.ts";
import type { CheckedClaim, ClaimMatch, MatchLevel, MatchReason } from "./types.ts";
import { shippedTranslations, type WordTranslations } from "./word-translations.ts";

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

/** Statements longer than this (in words) are not corrected for typos. */
const MAX_CORRECTED_WORDS = 30;
/** Candidates found by phrase (a short statement's words as typed, in a row). */
const PHRASE_CANDIDATES = 10;
/** Share of a statement's words a claim must hold in a row to count as quoting it. */
const QUOTED_SHARE = 0.8;
/** Re-ranker score added for a claim that quotes the statement (it outranks any other). */
const QUOTED_BONUS = 8;

/** Ranking features plus the scores derived from them, for one candidate. */
export interface RankedCandidate {
  candidate: Candidate;
  features: CandidateFeatures;
  /** the re-ranker's raw score (higher is better) */
  rank: number;
  /** share of the statement's words (3+) found in a row in the claim, when at least QUOTED_SHARE */
  quoted: number;
  /** 0-1 */
  score: number;
}

const CLAIM_COVERAGE = FEATURE_NAMES.indexOf("claim_coverage");
const NUMBER_CONFLICT = FEATURE_NAMES.indexOf("number_conflict");
/** See capScore. */
export const COVERAGE_CAP = 0.35;
/** Score a statement can reach per distinct stem it has (two words are not a claim). */
export const PER_STEM_CAP = 0.15;
/** Score at most when both give numbers and none is shared (300,000 is not 150,000). */
export const NUMBER_CONFLICT_CAP = 0.5;

/**
 * Caps on the learned score, for what it cannot see. It leans on how far a candidate is ahead
 * of the others, which says little in a small archive (one candidate is always far ahead), so a
 * claim scores at most COVERAGE_CAP plus the idf-weighted share of its own words the statement
 * has. A statement of a few words scores at most PER_STEM_CAP per distinct stem. Numbers on both
 * sides with none in common cap it at NUMBER_CONFLICT_CAP. "Same claim" needs real overlap.
 */
export function capScore(score: number, features: number[], distinctStems: number): number {
  let cap = Math.min(COVERAGE_CAP + (features[CLAIM_COVERAGE] ?? 0), PER_STEM_CAP * distinctStems);
  if ((features[NUMBER_CONFLICT] ?? 0) > 0) cap = Math.min(cap, NUMBER_CONFLICT_CAP);
  return Math.min(score, cap);
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
  translations: WordTranslations = shippedTranslations(),
): RankedCandidate[] {
  const features = computeFeatures(index, query, candidates, translations);
  const words =
    query.words.length >= 3 && query.words.length <= 40 ? index.surfaceIds(query.words) : null;
  const ranked = candidates.map((candidate, i) => {
    const f = features[i] as CandidateFeatures;
    const run = words ? longestRun(words, candidate.entry.surface) : 0;
    const share = words ? run / words.length : 0;
    return {
      candidate,
      features: f,
      rank: dot(RERANKER.weights, f.values),
      quoted: share >= QUOTED_SHARE ? share : 0,
      score: 0,
    };
  });
  // The score comes from the learned ranking alone (how sure we are that it is the same claim);
  // the order also puts first a claim that quotes the statement word for word (a fragment of it).
  const byRank = [...ranked].sort((a, b) => b.rank - a.rank);
  const distinctStems = new Set(query.stems).size;
  const { slope, margin, bias } = RERANKER.calibration;
  for (let i = 0; i < byRank.length; i++) {
    const item = byRank[i] as RankedCandidate;
    const other =
      i === 0 ? (byRank[1]?.rank ?? item.rank - 2) : (byRank[0] as RankedCandidate).rank;
    item.score = capScore(
      sigmoid(slope * item.rank + margin * (item.rank - other) + bias),
      item.features.values,
      distinctStems,
    );
  }
  // ties by text, then id: the same order whatever order the archive was loaded in
  ranked.sort(
    (a, b) =>
      b.rank + QUOTED_BONUS * b.quoted - (a.rank + QUOTED_BONUS * a.quoted) ||
      compare(a.candidate.entry.claim.text, b.candidate.entry.claim.text) ||
      compare(a.candidate.entry.claim.id, b.candidate.entry.claim.id),
  );
  return ranked;
}

/** The claim's own words for stems ("turbin" -> "turbines"), as a reviewer reads them. */
function surfaceOf(claim: CheckedClaim): (stem: string) => string {
  const forms = new Map<string, string>();
  for (const text of [claim.text, claim.headline ?? "", claim.speaker ?? ""]) {
    for (const word of surfaceWords(text)) {
      const stem = stemWord(word);
      if (stem && !forms.has(stem)) forms.set(stem, word);
    }
  }
  return (stem) => forms.get(stem) ?? stem;
}

/** The statement's own word for each of its stems. */
function statementSurface(query: AnalyzedText): (stem: string) => string {
  const forms = new Map<string, string>();
  for (const word of query.words) {
    const stem = stemWord(word);
    if (stem && !forms.has(stem)) forms.set(stem, word);
  }
  return (stem) => forms.get(stem) ?? stem;
}

function describe(
  claim: CheckedClaim,
  features: CandidateFeatures,
  quoted: number,
  said: (stem: string) => string,
): MatchReason {
  const word = surfaceOf(claim);
  const translated = features.translatedWords.map(([c, s]) => `${word(c)} (${said(s)})`);
  const entities = features.sharedEntities.map(word);
  const digits = (stem: string) => /^\d+$/.test(stem);
  const phrases = features.sharedPhrases
    .filter((p) => !p.split(" ").some(digits))
    .slice(0, 5)
    .map((p) => p.split(" ").map(word).join(" "));
  const inPhrases = new Set(features.sharedPhrases.flatMap((p) => p.split(" ")));
  const words = features.sharedWords
    .filter((s) => !features.sharedEntities.includes(s) && !inPhrases.has(s) && !digits(s))
    .slice(0, 5)
    .map(word);
  const parts: string[] = [];
  if (entities.length) parts.push(`names ${entities.join(", ")}`);
  if (features.sharedNumbers.length) parts.push(`numbers ${features.sharedNumbers.join(", ")}`);
  if (phrases.length) parts.push(`phrases "${phrases.join('", "')}"`);
  if (words.length) parts.push(`words ${words.join(", ")}`);
  if (features.speakerNamed) parts.push("the speaker");
  if (translated.length) parts.push(`in other words ${translated.join(", ")}`);
  let summary = parts.length ? `Both mention ${parts.join("; ")}.` : "Few words in common.";
  if (quoted > 0)
    summary = `Quotes ${Math.round(quoted * 100)} % of the statement word for word. ${summary}`;
  if (features.negationDiffers) summary += " One of the two is negated, the other not.";
  return {
    entities,
    numbers: features.sharedNumbers,
    phrases,
    words,
    negationDiffers: features.negationDiffers,
    speaker: features.speakerNamed,
    translated,
    summary,
  };
}

/** The matcher over one archive of checked claims, held in memory. */
export class ClaimMatcher {
  readonly index: MatchIndex;
  /** the word translations the re-ranker uses (training scripts swap in a fold's own) */
  translations: WordTranslations = shippedTranslations();

  /** Over `claims`, or over an index already built (a snapshot's). */
  constructor(claims: CheckedClaim[] | MatchIndex = []) {
    if (claims instanceof MatchIndex) {
      this.index = claims;
      return;
    }
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

  /**
   * The statement analysed, a few words no checked claim has replaced by the archive's word one
   * typo away (short statements only: a long one has enough words right).
   */
  analyzeCorrected(text: string): AnalyzedText {
    // a word the archive has in another form ("#photoshopped") is one word, not "photo shopped"
    const segmented = segmentHandles(
      text,
      (word) => this.index.wordCount(word),
      (word) => this.index.hasStem(stemWord(word) ?? ""),
    );
    const query = analyzeText(segmented);
    if (query.words.length > MAX_CORRECTED_WORDS) return query;
    const corrections = new Map<string, string>();
    for (const word of query.words) {
      const corrected = this.index.correct(word);
      if (corrected) corrections.set(word, corrected);
    }
    if (corrections.size === 0) return query;
    const fixed = segmented.replace(
      /[\p{L}\p{N}]+/gu,
      (w) => corrections.get(w.toLowerCase()) ?? w,
    );
    return analyzeText(fixed);
  }

  /** Ranked candidates with their features (the relevance and training scripts use it). */
  rankCandidates(
    text: string,
    extra: Candidate[] = [],
  ): { query: AnalyzedText; ranked: RankedCandidate[] } {
    const query = this.analyzeCorrected(text);
    const candidates = this.index.candidates(query, RERANK_DEPTH);
    const seen = new Set(candidates.map((c) => c.doc));
    const phrases = this.index.phraseCandidates(
      this.index.surfaceIds(query.words),
      PHRASE_CANDIDATES,
    );
    for (const c of [...phrases, ...extra]) {
      if (seen.has(c.doc)) continue;
      seen.add(c.doc);
      candidates.push(c);
    }
    return { query, ranked: rerank(this.index, query, candidates, this.translations) };
  }

  match(text: string, options: MatchOptions = {}, extra: Candidate[] = []): MatchResult {
    const refused = ClaimMatcher.refuse(text);
    if (refused) return { matches: [], error: refused };
    const limit = options.limit ?? 5;
    const exclude = new Set(options.exclude ?? []);
    const { query, ranked } = this.rankCandidates(text, extra);
    if (ranked.length === 0 && query.words.length === 0)
      return { matches: [], error: "no words to match" };
    const matches: ClaimMatch[] = [];
    const said = statementSurface(query);
    for (const item of ranked) {
      if (matches.length >= limit) break;
      const claim = item.candidate.entry.claim;
      if (exclude.has(claim.id) || item.score < (options.minScore ?? 0)) continue;
      matches.push({
        claim,
        score: Math.round(item.score * 1000) / 1000,
        level: levelOf(item.score),
        reason: describe(claim, item.features, item.quoted, said),
      });
    }
    return { matches };
  }
}
