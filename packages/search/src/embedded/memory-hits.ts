// Turning matched entries into results: filters, sort order, top-k selection, highlighting
// (<mark>) and cropping of bodies, the hit shape.
import { hitFromDocument } from "../hit-from-document.ts";
import {
  type DocumentType,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  type SearchDocument,
  type SearchHit,
  type SearchQuery,
} from "../types.ts";
import { isStopWord } from "./build-text-query.ts";
import type { Group } from "./memory-index.ts";
import { ASCII, type Entry, stem, surfaceWords, WORD } from "./memory-terms.ts";

/** Words of a cropped body (ts_headline MaxWords). */
const CROP_WORDS = 35;

/** The k-th smallest value of `a` (0-based), by quickselect; reorders `a`. */
export function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** The first k of `items` in `compare` order (a bounded insertion sort: k is a page, not all). */
export function topK<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return items.sort(compare).slice(0, k);
  const out: T[] = [];
  for (const item of items) {
    if (out.length === k && compare(item, out[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(item, out[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    out.splice(lo, 0, item);
    if (out.length > k) out.pop();
  }
  return out;
}

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function makeFilter(query: SearchQuery): ((e: Entry) => boolean) | null {
  const f = query.filters ?? {};
  const sets: [keyof SearchDocument, Set<string>][] = [];
  for (const field of ["speaker", "verdict", "status", "outlet", "kind"] as const) {
    const values = f[field];
    if (values && values.length > 0) sets.push([field, new Set(values)]);
  }
  const types = f.type && f.type.length > 0 ? new Set<DocumentType>(f.type) : null;
  const tags = f.tags && f.tags.length > 0 ? new Set(f.tags) : null;
  const from = f.dateFrom ? Date.parse(f.dateFrom) : null;
  const to = f.dateTo ? Date.parse(f.dateTo) : null;
  if (sets.length === 0 && !types && !tags && from === null && to === null) return null;
  return (e) => {
    if (types && !types.has(e.doc.type)) return false;
    if (tags && !e.doc.tags.some((t) => tags.has(t))) return false;
    for (const [field, values] of sets) {
      const v = e.doc[field];
      if (typeof v !== "string" || !values.has(v)) return false;
    }
    if (from !== null && (e.date === null || e.date < from)) return false;
    if (to !== null && (e.date === null || e.date > to)) return false;
    return true;
  };
}

/** A match being scored; `num` is kept next to the entry so typed columns are read without it. */
export type Scored = { num: number; entry: Entry; rank: number; score: number };

/** Requested sorts first, then score, newest, id (the SQL engine's order). */
export function comparator(query: SearchQuery): (a: Scored, b: Scored) => number {
  const keys: ((a: Scored, b: Scored) => number)[] = [];
  const nullsLast = (x: number | null, y: number | null, dir: number) =>
    x === y ? 0 : x === null ? 1 : y === null ? -1 : (x - y) * dir;
  for (const sort of query.sort ?? []) {
    const dir = sort.direction === "asc" ? 1 : -1;
    if (sort.field === "date") keys.push((a, b) => nullsLast(a.entry.date, b.entry.date, dir));
    else if (sort.field === "checkworthiness")
      keys.push((a, b) =>
        nullsLast(a.entry.doc.checkworthiness ?? null, b.entry.doc.checkworthiness ?? null, dir),
      );
  }
  keys.push((a, b) => b.score - a.score);
  keys.push((a, b) => nullsLast(a.entry.date, b.entry.date, -1));
  keys.push((a, b) => cmp(a.entry.doc.id, b.entry.doc.id));
  return (a, b) => {
    for (const key of keys) {
      const c = key(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };
}

/**
 * Whether a word of a text (as written) matches the query: its stem or the typed prefix. Each
 * word is judged once per marker (one search's page): a page's texts repeat their words, and
 * folding and splitting each again was most of the highlighting's cost.
 */
export function makeMarker(groups: Group[]): (word: string) => boolean {
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const g of groups) {
    for (const s of g.stems) stems.add(s);
    if (g.prefix) prefixes.push(g.prefix);
  }
  const judged = new Map<string, boolean>();
  return (word) => {
    let marked = judged.get(word);
    if (marked === undefined) {
      marked = surfaceWords(word).some(
        (p) => (!isStopWord(p) && stems.has(stem(p))) || prefixes.some((x) => p.startsWith(x)),
      );
      judged.set(word, marked);
    }
    return marked;
  };
}

/** WORD on printable ASCII text: its letters and digits are [A-Za-z0-9], no Unicode tables. */
const ASCII_WORD = /[A-Za-z0-9]+/g;

/** `text` with its matching words in <mark>, all of it (ts_headline's HighlightAll). */
export function markAll(text: string, marker: (word: string) => boolean): string {
  return text.replace(ASCII.test(text) ? ASCII_WORD : WORD, (w) =>
    marker(w) ? `${HIGHLIGHT_PRE}${w}${HIGHLIGHT_POST}` : w,
  );
}

/** About CROP_WORDS words of `body` around its first match, matches marked. */
export function crop(body: string, marker: (word: string) => boolean): string {
  const words = [...body.matchAll(WORD)];
  if (words.length <= CROP_WORDS) return markAll(body, marker);
  const first = Math.max(
    0,
    words.findIndex((m) => marker(m[0])),
  );
  const start = Math.max(0, Math.min(first - 5, words.length - CROP_WORDS));
  const end = Math.min(words.length, start + CROP_WORDS);
  const from = words[start]!.index ?? 0;
  const last = words[end - 1]!;
  const to = (last.index ?? 0) + last[0].length;
  return markAll(body.slice(from, to), marker);
}

export function toHit(
  d: SearchDocument,
  score: number,
  marker: (word: string) => boolean,
): SearchHit {
  const body = d.body == null ? null : crop(d.body, marker);
  return hitFromDocument(d, { text: markAll(d.text, marker), body }, score);
}

// -- trigrams (pg_trgm's: each word padded with two spaces before and one after)

/** Tag counts over hits (a document counts once for each of its tags), most frequent first. */
export function countTags(docs: SearchDocument[], max: number): Record<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const tag of doc.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, max);
  return Object.fromEntries(sorted);
}
