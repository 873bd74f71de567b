// What makes two statements the same claim, as numbers the re-ranker weighs: how much of each
// side's rare words the other has, shared two-word phrases, named entities and numbers on both
// sides (or on one only), negation on one side only, the speaker named, and the retrieval score.
import { type AnalyzedText, datesOf } from "./analyze-text.ts";
import type { Candidate, IndexedClaim, MatchIndex } from "./match-index.ts";
import { bigramsOf } from "./match-index.ts";
import { shippedTranslations, type WordTranslations } from "./word-translations.ts";

export const FEATURE_NAMES = [
  "bm25_rel",
  "bm25_norm",
  "rank_log",
  "query_coverage",
  "claim_coverage",
  "headline_coverage",
  "bigram_share",
  "bigram_count",
  "entity_share",
  "entity_missing",
  "number_shared",
  "number_missing",
  "number_conflict",
  "negation_differs",
  "speaker_named",
  "gap_to_next",
  "query_associated",
  "claim_associated",
  "author_named",
  "year_shared",
  "month_shared",
  "year_conflict",
  "rarest_shared",
  "query_length",
  "claim_translated",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface CandidateFeatures {
  values: number[];
  sharedEntities: string[];
  sharedNumbers: string[];
  sharedPhrases: string[];
  /** the shared stems, rarest first (at most 8) */
  sharedWords: string[];
  negationDiffers: boolean;
  speakerNamed: boolean;
  /** claim stems the statement lacks but says in other words: [claim stem, statement stem] */
  translatedWords: [string, string][];
}

/** A learned translation at least this likely is shown in the reason. */
const SHOWN_TRANSLATION = 0.2;

function idfCoverage(index: MatchIndex, of: Iterable<string>, by: Set<string>): number {
  let total = 0;
  let found = 0;
  for (const stem of new Set(of)) {
    const idf = index.idf(stem);
    total += idf;
    if (by.has(stem)) found += idf;
  }
  return total > 0 ? found / total : 0;
}

/**
 * Of the idf weight of `of`'s stems that `by` lacks, the share explained by a stem of `by` they
 * are associated with (weighted by the association's strength, `strength`: see strongestWith).
 */
function associatedShare(
  index: MatchIndex,
  of: Iterable<string>,
  by: Set<string>,
  strength: (stem: string) => number,
): number {
  let missing = 0;
  let explained = 0;
  for (const stem of of) {
    if (by.has(stem)) continue;
    const idf = index.idf(stem);
    missing += idf;
    explained += idf * strength(stem);
  }
  return missing > 0 ? explained / missing : 0;
}

/** Features of each candidate for one query (candidates best first by BM25). */
export function computeFeatures(
  index: MatchIndex,
  query: AnalyzedText,
  candidates: Candidate[],
  translations: WordTranslations = shippedTranslations(),
): CandidateFeatures[] {
  const queryStems = new Set(query.stems);
  const queryBigrams = new Set(bigramsOf(query.stems));
  let queryIdf = 0;
  for (const stem of queryStems) queryIdf += index.idf(stem);
  const top = candidates[0]?.bm25 ?? 1;
  const associations = index.associations();
  // how strongly each archive stem goes with the query (one pass over the query's associations)
  const withQuery = associations.strongestWith(queryStems);
  // which claim stems the query's words stand for, learned from paired texts
  const translatedFrom = translations.bestFrom(queryStems);
  let rarestQuery = 0;
  for (const stem of queryStems) rarestQuery = Math.max(rarestQuery, index.idf(stem));
  const queryYears = new Set([...query.numbers].filter((n) => /^(?:19[5-9]\d|20[0-4]\d)$/.test(n)));
  if (query.year) queryYears.add(query.year);
  return candidates.map((candidate, rank) => {
    const entry: IndexedClaim = candidate.entry;
    const next = candidates[rank + 1]?.bm25 ?? 0;
    const claimBigrams = new Set([
      ...bigramsOf(entry.text.stems),
      ...bigramsOf(entry.headline.stems),
    ]);
    const sharedPhrases = [...claimBigrams].filter((b) => queryBigrams.has(b));
    const sharedWords = [...entry.stems]
      .filter((stem) => queryStems.has(stem))
      .sort((a, b) => index.idf(b) - index.idf(a))
      .slice(0, 8);
    const claimEntities = new Set([...entry.text.entities, ...entry.speaker]);
    const sharedEntities = [...claimEntities].filter((e) => queryStems.has(e));
    const queryEntitiesMissing = [...query.entities].filter((e) => !entry.stems.has(e));
    const claimNumbers = new Set([...entry.text.numbers, ...entry.headline.numbers]);
    const sharedNumbers = [...claimNumbers].filter((n) => query.numbers.has(n));
    const missingNumbers = [...claimNumbers].filter((n) => !query.numbers.has(n));
    const speakerNamed = entry.speaker.length > 0 && entry.speaker.every((s) => queryStems.has(s));
    const negationDiffers = entry.text.negated !== query.negated;
    const dates = datesOf(`${entry.claim.text} ${entry.claim.headline ?? ""}`);
    let rarestShared = 0;
    for (const stem of entry.stems)
      if (queryStems.has(stem)) rarestShared = Math.max(rarestShared, index.idf(stem));
    const values = [
      candidate.bm25 / top,
      queryIdf > 0 ? candidate.bm25 / queryIdf : 0,
      Math.log(1 + rank),
      idfCoverage(index, queryStems, entry.stems),
      idfCoverage(index, entry.text.stems, queryStems),
      entry.headline.stems.length > 0 ? idfCoverage(index, entry.headline.stems, queryStems) : 0,
      claimBigrams.size > 0 ? sharedPhrases.length / claimBigrams.size : 0,
      Math.log(1 + sharedPhrases.length),
      claimEntities.size > 0 ? sharedEntities.length / claimEntities.size : 0,
      query.entities.size > 0 ? queryEntitiesMissing.length / query.entities.size : 0,
      Math.log(1 + sharedNumbers.length),
      claimNumbers.size > 0 ? missingNumbers.length / claimNumbers.size : 0,
      query.numbers.size > 0 && claimNumbers.size > 0 && sharedNumbers.length === 0 ? 1 : 0,
      negationDiffers ? 1 : 0,
      speakerNamed ? 1 : 0,
      rank === 0 ? (candidate.bm25 - next) / top : 0,
      associatedShare(index, queryStems, entry.stems, (stem) =>
        associations.strongest(stem, entry.stems),
      ),
      associatedShare(index, entry.textStems, queryStems, (stem) => withQuery.get(stem) ?? 0),
      query.author.length > 0
        ? query.author.filter((s) => entry.stems.has(s)).length / query.author.length
        : 0,
      query.year !== null && claimNumbers.has(query.year) ? 1 : 0,
      query.month && dates.months.has(query.month) ? 1 : 0,
      queryYears.size > 0 &&
      dates.years.size > 0 &&
      ![...dates.years].some((y) => queryYears.has(y))
        ? 1
        : 0,
      rarestQuery > 0 ? rarestShared / rarestQuery : 0,
      Math.log(1 + queryStems.size) / 4,
      associatedShare(index, entry.textStems, queryStems, (stem) => translatedFrom.get(stem) ?? 0),
    ];
    const translatedWords: [string, string][] = [];
    for (const stem of entry.textStems) {
      if (translatedWords.length >= 3) break;
      if (queryStems.has(stem) || (translatedFrom.get(stem) ?? 0) < SHOWN_TRANSLATION) continue;
      const source = translations.sourceOf(stem, queryStems);
      if (source) translatedWords.push([stem, source]);
    }
    return {
      values,
      translatedWords,
      sharedEntities,
      sharedNumbers,
      sharedPhrases,
      sharedWords,
      negationDiffers,
      speakerNamed,
    };
  });
}
