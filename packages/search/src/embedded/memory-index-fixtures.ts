// Helpers of the memory index's unit tests (memory-index.test.ts, memory-ranking.test.ts,
// memory-highlight.test.ts): documents, indexes and search inputs as the backend builds them.
import { makeDocument } from "../conformance-fixtures.ts";
import type { FacetField, SearchDocument, SearchQuery } from "../types.ts";
import { foldQuery, pickMatchWords, type QueryWord, tokenizeQuery } from "./build-text-query.ts";
import { MemoryIndex, type MemorySearchInput, type QueryTrigrams } from "./memory-index.ts";

export const CLAIMS = "claims";
export const STATEMENTS = "statements";

/** The query words of `q`; the last one is a prefix only when asked (tokenizeQuery decides otherwise). */
export function wordsOf(q: string, prefix = false): QueryWord[] {
  const words = tokenizeQuery(q);
  for (const w of words) w.prefix = false;
  const last = words.at(-1);
  if (last) last.prefix = prefix;
  return words;
}

/** The typed query folded to [a-z0-9 ] (as the backend passes it). */
export const rawOf = (q: string) =>
  foldQuery(q)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export interface Options {
  uids?: string[];
  prefix?: boolean;
  facets?: FacetField[];
  limit?: number;
  offset?: number;
  query?: Omit<SearchQuery, "q">;
  words?: QueryWord[];
}

export function input(q: string, options: Options = {}): MemorySearchInput {
  const words = options.words ?? wordsOf(q, options.prefix);
  return {
    query: { q, ...options.query },
    uids: options.uids ?? [CLAIMS],
    words,
    matchWords: pickMatchWords(words),
    raw: rawOf(q),
    facets: options.facets ?? [],
    limit: options.limit ?? 20,
    offset: options.offset ?? 0,
  };
}

export function search(index: MemoryIndex, q: string, options: Options = {}) {
  return index.search(input(q, options));
}

export const ids = (result: { hits: { id: string }[] }) => result.hits.map((h) => h.id);
export const sorted = (values: string[]) => [...values].sort();

export function claim(
  id: string,
  text: string,
  fields: Partial<SearchDocument> = {},
): SearchDocument {
  return makeDocument({ id, type: "claim", text, ...fields });
}

export function indexOf(docs: SearchDocument[], uid = CLAIMS): MemoryIndex {
  const index = new MemoryIndex();
  for (const d of docs) index.upsert(uid, d);
  return index;
}

// pg_trgm's trigrams as memory-index.ts numbers them (its trigramIndex is not exported): each
// word padded with two spaces before and one after, [a-z0-9] as 1..36, space as 0.
export function queryTrigrams(raw: string): QueryTrigrams {
  const code = (c: string) =>
    c >= "a" && c <= "z"
      ? c.charCodeAt(0) - 96
      : c >= "0" && c <= "9"
        ? c.charCodeAt(0) - 48 + 27
        : 0;
  const table = new Uint16Array(37 * 37 * 37);
  const keys: number[] = [];
  const words = raw.split(/[^a-z0-9]+/).filter(Boolean);
  for (const word of words) {
    const codes = [0, 0, ...[...word].map(code), 0];
    for (let i = 0; i + 2 < codes.length; i++) {
      const key = codes[i]! * 1369 + codes[i + 1]! * 37 + codes[i + 2]!;
      if (table[key] === 0) {
        keys.push(key);
        table[key] = keys.length;
      }
    }
  }
  return { table, keys, size: keys.length, words: words.length };
}
