// Trigram word similarity (pg_trgm's word_similarity) of a typed query to a text, for ranking
// and the last-resort trigram stage: [a-z0-9] trigrams numbered in a table, no strings built.
import { foldQuery } from "./build-text-query.ts";
import { ASCII } from "./memory-terms.ts";

/** [a-z0-9] as 1..36 (0: space or anything else), for trigram keys. */
const CHAR_CODE = new Uint8Array(128);
for (let c = 0; c < 26; c++) {
  CHAR_CODE[97 + c] = c + 1;
  CHAR_CODE[65 + c] = c + 1; // upper case letters fold to lower case
}
for (let c = 0; c < 10; c++) CHAR_CODE[48 + c] = 27 + c;
const charCode = (c: number) => (c < 128 ? CHAR_CODE[c]! : 0);

/** The query's trigrams: each trigram key's number + 1 in a direct table (0: not in the query). */
export interface QueryTrigrams {
  table: Uint16Array;
  keys: number[];
  size: number;
  words: number;
}

/** The one trigram table (searches are synchronous); releaseTrigrams() clears what was set. */
const TRIGRAM_TABLE = new Uint16Array(37 * 37 * 37);

/** Calls `visit(key, wordIndex)` for each padded-word trigram of an [a-z0-9 ] text. */
export function forEachTrigram(text: string, visit: (key: number, word: number) => void): number {
  let word = -1;
  let a = 0;
  let b = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? charCode(text.charCodeAt(i)) : 0;
    if (c !== 0) {
      if (!inWord) {
        inWord = true;
        word++;
        a = 0;
        b = 0;
      }
      visit(a * 1369 + b * 37 + c, word);
      a = b;
      b = c;
    } else if (inWord) {
      inWord = false;
      visit(a * 1369 + b * 37, word); // the last trigram ends in a space
    }
  }
  return word + 1;
}

/** The distinct trigram keys of one [a-z0-9] word. */
export function trigramKeys(word: string): Int32Array {
  const keys = new Set<number>();
  forEachTrigram(word, (key) => keys.add(key));
  return Int32Array.from(keys);
}

/** The query's trigrams, numbered in a 37^3 table (one array read per trigram of a text). */
export function trigramIndex(raw: string): QueryTrigrams {
  const table = TRIGRAM_TABLE;
  const keys: number[] = [];
  const words = forEachTrigram(raw, (key) => {
    if (table[key] === 0 && keys.length < 65_535) {
      keys.push(key);
      table[key] = keys.length;
    }
  });
  return { table, keys, size: keys.length, words };
}

export function releaseTrigrams(grams: QueryTrigrams): void {
  for (const key of grams.keys) grams.table[key] = 0;
}

/**
 * Like pg_trgm's word_similarity(query, text): the largest share of the query's trigrams found
 * in one stretch of the text no longer than the query plus two words, so words of the query
 * that stand together in the text count more than the same words scattered. `text` may be
 * mixed case; accented letters are folded.
 */
export function wordSimilarity(grams: QueryTrigrams, text: string): number {
  const { table, size } = grams;
  if (size === 0) return 0;
  const span = grams.words + 2;
  const folded = ASCII.test(text) ? text : foldQuery(text);
  // The query trigrams each word of the text has, as (word, trigram) pairs in text order. The
  // walk is forEachTrigram's, written out: this runs for 60 texts per search, and a callback
  // per trigram showed in the profile.
  const pairWord: number[] = [];
  const pairGram: number[] = [];
  let word = -1;
  let a = 0;
  let b = 0;
  let inWord = false;
  const n = folded.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? charCode(folded.charCodeAt(i)) : 0;
    let key = -1;
    if (c !== 0) {
      if (!inWord) {
        inWord = true;
        word++;
        a = 0;
        b = 0;
      }
      key = a * 1369 + b * 37 + c;
      a = b;
      b = c;
    } else if (inWord) {
      inWord = false;
      key = a * 1369 + b * 37;
    }
    if (key >= 0) {
      const g = table[key]!;
      if (g !== 0) {
        pairWord.push(word);
        pairGram.push(g - 1);
      }
    }
  }
  const words = word + 1;
  if (pairWord.length === 0) return 0;
  let best = 0;
  const seen = new Int32Array(size).fill(-1);
  for (let p = 0; p < pairWord.length; p++) {
    if (p > 0 && pairWord[p - 1] === pairWord[p]) continue; // windows start at a word
    const start = pairWord[p]!;
    const end = Math.min(words, start + span);
    let count = 0;
    for (let q = p; q < pairWord.length && pairWord[q]! < end; q++) {
      const g = pairGram[q]!;
      if (seen[g] !== start) {
        seen[g] = start;
        count++;
      }
    }
    if (count > best) best = count;
    if (best === size) break;
  }
  return best / size;
}
