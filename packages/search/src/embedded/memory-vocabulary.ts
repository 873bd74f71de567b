// The memory engine's vocabulary: the surface words its documents use (text, speaker, article
// title), with how many documents use each, for typo corrections (one edit away, else trigram
// similarity) and prefix look-ups while typing.
import { applyCorrections, editsOf, type QueryWord, wordsToCorrect } from "./build-text-query.ts";
import { addToBucket } from "./memory-terms.ts";
import { trigramKeys } from "./memory-trigrams.ts";

/** Trigram similarity of a vocabulary word to a query word for it to count as a correction. */
const WORD_TRIGRAM_THRESHOLD = 0.3;

export class MemoryVocabulary {
  /** vocabulary word -> number of documents using it */
  readonly #vocabulary = new Map<string, number>();
  /** first three letters -> vocabulary words starting with them (prefix look-ups) */
  readonly #prefixBuckets = new Map<string, Set<string>>();
  /** word length -> vocabulary words of that length (similarWords scans lengths ±3 only) */
  readonly #byLength = new Map<number, Set<string>>();
  /** vocabulary word -> its distinct trigram keys (similarWords), filled as needed */
  readonly #wordTrigrams = new Map<string, Int32Array>();

  /** Counts the words of one added document. */
  add(words: Iterable<string>): void {
    for (const w of words) {
      const n = this.#vocabulary.get(w) ?? 0;
      this.#vocabulary.set(w, n + 1);
      if (n === 0) {
        addToBucket(this.#prefixBuckets, w);
        let sameLength = this.#byLength.get(w.length);
        if (!sameLength) {
          sameLength = new Set();
          this.#byLength.set(w.length, sameLength);
        }
        sameLength.add(w);
      }
    }
  }

  /** Uncounts the words of one removed document; a word no document uses any more goes. */
  remove(words: Iterable<string>): void {
    for (const w of words) {
      const n = (this.#vocabulary.get(w) ?? 1) - 1;
      if (n > 0) this.#vocabulary.set(w, n);
      else {
        this.#vocabulary.delete(w);
        this.#wordTrigrams.delete(w);
        this.#prefixBuckets.get(w.slice(0, 3))?.delete(w);
        this.#byLength.get(w.length)?.delete(w);
      }
    }
  }

  hasWord(word: string): boolean {
    return this.#vocabulary.has(word);
  }

  /** Vocabulary words sharing the first three letters of `prefix`. */
  bucketOf(prefix: string): Iterable<string> {
    return this.#prefixBuckets.get(prefix.slice(0, 3)) ?? [];
  }

  /** Whether some vocabulary word starts with `prefix` (3+ characters). */
  hasPrefix(prefix: string): boolean {
    for (const w of this.bucketOf(prefix)) {
      if (w.startsWith(prefix)) return true;
    }
    return false;
  }

  /**
   * Vocabulary words closest to `word` by trigram similarity (at least 0.3, like pg_trgm's `%`),
   * best first: the corrections of a misspelling more than one edit away. Scans the words of
   * similar length (within three letters).
   */
  similarWords(word: string, max = 3): string[] {
    const grams = new Set(trigramKeys(word));
    const scored: { w: string; s: number }[] = [];
    // Only the words within three letters of its length (the ranking below breaks ties by
    // word, so the order they are scanned in does not matter).
    for (let length = word.length - 3; length <= word.length + 3; length++) {
      for (const w of this.#byLength.get(length) ?? []) {
        let other = this.#wordTrigrams.get(w);
        if (!other) {
          other = trigramKeys(w);
          this.#wordTrigrams.set(w, other);
        }
        let shared = 0;
        for (const g of other) if (grams.has(g)) shared++;
        const s = shared / (grams.size + other.length - shared);
        if (s >= WORD_TRIGRAM_THRESHOLD) scored.push({ w, s });
      }
    }
    return scored
      .sort((a, b) => b.s - a.s || (a.w < b.w ? -1 : 1))
      .slice(0, max)
      .map((x) => x.w);
  }

  /**
   * Adds vocabulary words close to each query word that is not in the vocabulary (a typo):
   * every word one edit away, else the closest words by trigram similarity.
   */
  correct(words: QueryWord[]): QueryWord[] {
    const candidates = wordsToCorrect(words);
    if (candidates.length === 0) return words;
    const prefixes = new Set(words.filter((w) => w.prefix).map((w) => w.word));
    const unknown = candidates
      .filter((w) => !this.hasWord(w) && !(prefixes.has(w) && this.hasPrefix(w)))
      .slice(0, 4);
    if (unknown.length === 0) return words;
    const alternatives = new Map<string, string[]>();
    for (const word of unknown) {
      let alts = editsOf(word).filter((v) => this.hasWord(v));
      if (alts.length === 0) alts = this.similarWords(word, 3);
      if (alts.length > 0) alternatives.set(word, alts.sort());
    }
    return applyCorrections(words, alternatives);
  }
}
