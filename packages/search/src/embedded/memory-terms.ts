// What the memory engine indexes of a document: its surface words (the vocabulary for typo
// corrections and prefixes) and its English stems with field weights (A text 1, B speaker 0.4,
// C tags/context/article title/external id 0.2, D outlet/byline/body 0.1).
import { stemPorter2 } from "../matching/porter2.ts";
import type { SearchDocument } from "../types.ts";
import { foldQuery, isStopWord } from "./build-text-query.ts";

/** Field weights (PostgreSQL's ts_rank defaults for A, B, C, D). */
export const WEIGHT = { A: 1, B: 0.4, C: 0.2, D: 0.1 } as const;

export const WORD = /[\p{L}\p{N}]+/gu;

export const ASCII = /^[\x20-\x7e]*$/;

/** [a-z0-9] words of a text, accents folded: the unit of the vocabulary. */
export function surfaceWords(text: string): string[] {
  const folded = ASCII.test(text) ? text.toLowerCase() : foldQuery(text);
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** Adds `word` to the set of words sharing its first three letters. */
export function addToBucket(buckets: Map<string, Set<string>>, word: string): void {
  const key = word.slice(0, 3);
  let bucket = buckets.get(key);
  if (!bucket) {
    bucket = new Set();
    buckets.set(key, bucket);
  }
  bucket.add(word);
}

/** The vocabulary words of a document (typo corrections, prefixes): text, speaker, title. */
export function vocabularyOf(doc: SearchDocument): Set<string> {
  return new Set(
    surfaceWords([doc.text, doc.speaker, doc.articleTitle].filter(Boolean).join(" ")).filter(
      (w) => w.length >= 2 && w.length <= 40,
    ),
  );
}

const stemCache = new Map<string, string>();
/**
 * English stem of a folded word (Snowball/Porter2 as PostgreSQL's `english` configuration, the
 * stems the SQL engine and the matcher use), cached.
 */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? stemPorter2(word) : word;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

export interface Entry {
  num: number;
  uid: string;
  doc: SearchDocument;
  date: number | null;
}

/** A document's stems, each with its weighted frequency (the sum of its occurrences' field weights). */
export function termsOf(doc: SearchDocument): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (text: string | null | undefined, weight: number) => {
    if (!text) return;
    for (const w of surfaceWords(text)) {
      if (isStopWord(w)) continue;
      const s = stem(w);
      terms.set(s, (terms.get(s) ?? 0) + weight);
    }
  };
  add(doc.text, WEIGHT.A);
  add(doc.speaker, WEIGHT.B);
  add(
    [doc.tags.join(" "), doc.context, doc.articleTitle, doc.externalId].filter(Boolean).join(" "),
    WEIGHT.C,
  );
  add([doc.outlet, doc.byline, doc.body].filter(Boolean).join(" "), WEIGHT.D);
  return terms;
}
