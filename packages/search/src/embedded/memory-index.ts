// The embedded backend's serving index: every document of the serving physical indexes held in
// this process as an inverted index over stemmed words, so a search costs no database work
// beyond the change check (decision 007). PostgreSQL stays the store of record: documents are
// written there, and each process mirrors them (memory-mirror.ts).
//
// Matching and ranking follow the SQL engine it replaces: stop words dropped, English stems,
// fields weighted A (text) > B (speaker) > C (tags, context, article title, external id) >
// D (outlet, byline, body); every query word must match (a misspelt word through its
// corrections, the last word also as a prefix), then all but one word, then trigram similarity;
// score = 0.4 x text rank + 0.6 x trigram word similarity of the typed query to the text.
import type {
  FacetField,
  SearchDocument,
  SearchHit,
  SearchQuery,
  ValueFacetField,
} from "../types.ts";
import type { QueryWord } from "./build-text-query.ts";
import { DocumentColumns } from "./memory-columns.ts";
import {
  cmp,
  comparator,
  countTags,
  makeFilter,
  makeMarker,
  type Scored,
  toHit,
  topK,
} from "./memory-hits.ts";
import { type Group, matchGroups, preselect, Scratch } from "./memory-match.ts";
import { addToBucket, type Entry, stem, termsOf, vocabularyOf } from "./memory-terms.ts";
import { releaseTrigrams, trigramIndex, wordSimilarity } from "./memory-trigrams.ts";
import { MemoryVocabulary } from "./memory-vocabulary.ts";

export type { Group } from "./memory-match.ts";
export { stem, surfaceWords } from "./memory-terms.ts";
export { type QueryTrigrams, wordSimilarity } from "./memory-trigrams.ts";

/** Vocabulary words a typed prefix expands to at most (the most used). */
const PREFIX_EXPANSIONS = 64;
/** Matches ranked, collapsed and counted per query at most. */
const CANDIDATE_CAP = 1000;
/** Candidates (best text rank first) whose trigram word similarity to the query is computed. */
const SIMILARITY_CAP = 60;
/** Word similarity a document needs in the last-resort trigram stage. */
const TRIGRAM_THRESHOLD = 0.55;
/** Documents the trigram stage looks at, at most. */
const TRIGRAM_CANDIDATE_CAP = 1000;
/** Facet values returned per facet, most frequent first. */
const MAX_VALUES_PER_FACET = 100;

export interface MemoryResult {
  total: number;
  hits: SearchHit[];
  facets: Partial<Record<FacetField, Record<string, number>>>;
}

export interface MemorySearchInput {
  query: SearchQuery;
  uids: string[];
  /** every query word (ranking, highlighting) */
  words: QueryWord[];
  /** the words that must match (pickMatchWords: at most 10 of a long query) */
  matchWords: QueryWord[];
  /** the typed query, folded, punctuation as spaces (for word similarity) */
  raw: string;
  facets: FacetField[];
  limit: number;
  offset: number;
}

export class MemoryIndex {
  #next = 0;
  /** numbers of removed documents, reused before new ones (per-number arrays stay compact) */
  readonly #free: number[] = [];
  readonly #entries = new Map<number, Entry>();
  /** the same entries by number (an array: faster to reach than the map in hot loops) */
  readonly #entryAt: (Entry | undefined)[] = [];
  readonly #byKey = new Map<string, number>();
  /** stem -> documents containing it -> the stem's weighted frequency in the document */
  readonly #postings = new Map<string, Map<number, number>>();
  /** surface words (typo corrections, prefixes) */
  readonly #vocabulary = new MemoryVocabulary();
  /** first three letters -> indexed stems starting with them (prefixes over every field) */
  readonly #stemBuckets = new Map<string, Set<string>>();
  /** physical index uid -> its documents */
  readonly #byUid = new Map<string, Set<number>>();

  /** per physical index: its documents newest first (then by id), rebuilt after a change */
  readonly #newestOrder = new Map<string, number[] | null>();
  /** per document number: index, date, claim key and facet codes */
  readonly #columns = new DocumentColumns();
  readonly #scratch = new Scratch();

  get size(): number {
    return this.#entries.size;
  }

  /** Adds or replaces a document of physical index `uid`. */
  upsert(uid: string, doc: SearchDocument): void {
    this.remove(uid, doc.id);
    const num = this.#free.pop() ?? this.#next++;
    const terms = termsOf(doc);
    for (const [s, weight] of terms) {
      let list = this.#postings.get(s);
      if (!list) {
        list = new Map();
        this.#postings.set(s, list);
        addToBucket(this.#stemBuckets, s);
      }
      list.set(num, weight);
    }
    this.#vocabulary.add(vocabularyOf(doc));
    const date = doc.date ? Date.parse(doc.date) : Number.NaN;
    this.#columns.set(num, doc, date);
    this.#columns.uidCodes[num] = this.#columns.codeOf(uid, this.#entries);
    const entry: Entry = { num, uid, doc, date: Number.isNaN(date) ? null : date };
    this.#entries.set(num, entry);
    this.#entryAt[num] = entry;
    this.#byKey.set(`${uid}\u0000${doc.id}`, num);
    this.#newestOrder.delete(uid);
    let inUid = this.#byUid.get(uid);
    if (!inUid) {
      inUid = new Set();
      this.#byUid.set(uid, inUid);
    }
    inUid.add(num);
  }

  remove(uid: string, id: string): void {
    const key = `${uid}\u0000${id}`;
    const num = this.#byKey.get(key);
    if (num === undefined) return;
    const entry = this.#entries.get(num)!;
    this.#byKey.delete(key);
    this.#entries.delete(num);
    this.#entryAt[num] = undefined;
    this.#columns.uidCodes[num] = 0;
    this.#byUid.get(uid)?.delete(num);
    this.#newestOrder.delete(uid);
    this.#free.push(num);
    for (const s of termsOf(entry.doc).keys()) {
      const set = this.#postings.get(s);
      set?.delete(num);
      if (set?.size === 0) {
        this.#postings.delete(s);
        this.#stemBuckets.get(s.slice(0, 3))?.delete(s);
      }
    }
    this.#vocabulary.remove(vocabularyOf(entry.doc));
  }

  /** Up to `max` documents of `uid` passing `filter`, newest first (then by id). */
  #newest(uid: string, filter: ((e: Entry) => boolean) | null, max: number): number[] {
    let order = this.#newestOrder.get(uid);
    if (!order) {
      const dates = this.#columns.dates;
      const entryAt = this.#entryAt;
      order = [...(this.#byUid.get(uid) ?? [])].sort(
        (a, b) => dates[b]! - dates[a]! || cmp(entryAt[a]!.doc.id, entryAt[b]!.doc.id),
      );
      this.#newestOrder.set(uid, order);
    }
    if (!filter) return order.slice(0, max);
    const out: number[] = [];
    for (const num of order) {
      if (!filter(this.#entryAt[num]!)) continue;
      out.push(num);
      if (out.length >= max) break;
    }
    return out;
  }

  /** Drops every document of physical index `uid`. */
  dropUid(uid: string): void {
    for (const num of [...(this.#byUid.get(uid) ?? [])]) {
      const entry = this.#entries.get(num);
      if (entry) this.remove(uid, entry.doc.id);
    }
    this.#byUid.delete(uid);
  }

  hasWord(word: string): boolean {
    return this.#vocabulary.hasWord(word);
  }

  /** Whether some vocabulary word starts with `prefix` (3+ characters). */
  hasPrefix(prefix: string): boolean {
    return this.#vocabulary.hasPrefix(prefix);
  }

  /**
   * Vocabulary words closest to `word` by trigram similarity (at least 0.3, like pg_trgm's `%`),
   * best first: the corrections of a misspelling more than one edit away.
   */
  similarWords(word: string, max = 3): string[] {
    return this.#vocabulary.similarWords(word, max);
  }

  /**
   * Adds vocabulary words close to each query word that is not in the vocabulary (a typo):
   * every word one edit away, else the closest words by trigram similarity.
   */
  correct(words: QueryWord[]): QueryWord[] {
    return this.#vocabulary.correct(words);
  }

  search(input: MemorySearchInput): MemoryResult {
    const { query, uids, words, matchWords, raw, facets, limit, offset } = input;
    const allowed = new Uint8Array(256);
    for (const uid of uids) {
      const code = this.#columns.codeOfUid.get(uid);
      if (code !== undefined) allowed[code] = 1;
    }
    const filter = makeFilter(query);
    const scratch = this.#scratch.get(this.#next);
    const { rank } = scratch;
    const context = { scratch, uidCodes: this.#columns.uidCodes, entryAt: this.#entryAt };
    let nums: number[] = [];
    let groups: Group[] = [];
    const touched: number[] = [];
    const entryAt = this.#entryAt;
    if (words.length === 0) {
      const first = query.sort?.[0];
      if (!first || (first.field === "date" && first.direction === "desc")) {
        // Newest first: walk each index's date order until the cap (filters included).
        for (const uid of uids) nums.push(...this.#newest(uid, filter, CANDIDATE_CAP + 1));
      } else {
        for (const uid of uids)
          for (const num of this.#byUid.get(uid) ?? [])
            if (!filter || filter(entryAt[num]!)) nums.push(num);
      }
    } else {
      groups = words.map((w) => this.#group(w));
      const must = groups.filter((_, i) => matchWords.includes(words[i]!));
      // Filters apply inside matchGroups, so the fallback runs when no *filtered* document has
      // every word (as in the SQL engine).
      nums = matchGroups(context, groups, must, must.length, allowed, filter, touched);
      if (nums.length === 0 && must.length >= 3) {
        for (const num of touched) rank[num] = 0;
        touched.length = 0;
        nums = matchGroups(context, groups, must, must.length - 1, allowed, filter, touched);
      }
    }
    let matched: Scored[];
    // Like the SQL engine (and Meilisearch's maxTotalHits), at most CANDIDATE_CAP matches are
    // ranked, collapsed and counted: the best by the requested sort, else by text rank.
    const capped = nums.length > CANDIDATE_CAP;
    if (capped) {
      const { dates } = this.#columns;
      nums = preselect(nums, CANDIDATE_CAP, query, rank, dates, this.#entries, scratch);
    }
    matched = nums.map((num) => {
      const r = rank[num]!;
      return { num, entry: entryAt[num]!, rank: r, score: 0.4 * r };
    });
    for (const num of touched) rank[num] = 0;
    if (matched.length === 0 && words.length > 0 && raw.length >= 4 && raw.length <= 200) {
      matched = this.#trigramMatch(words, raw, allowed, filter);
    }
    // Score (0.4 x text rank so far): word similarity for the best SIMILARITY_CAP by text rank.
    if (words.length > 0 && raw) {
      const queryGrams = trigramIndex(raw);
      const order = topK(
        matched,
        SIMILARITY_CAP,
        (a, b) =>
          b.rank - a.rank ||
          (b.entry.date ?? Number.NEGATIVE_INFINITY) - (a.entry.date ?? Number.NEGATIVE_INFINITY) ||
          cmp(a.entry.doc.id, b.entry.doc.id),
      );
      for (const s of order) {
        s.score += 0.6 * wordSimilarity(queryGrams, s.entry.doc.text);
      }
      releaseTrigrams(queryGrams);
    }
    // One hit per (index, claim key): the best scored.
    const best = new Map<number, Scored>();
    const { claimCodes, uidCodes } = this.#columns;
    for (const s of matched) {
      const key = claimCodes[s.num]! * 256 + uidCodes[s.num]!;
      const seen = best.get(key);
      if (
        !seen ||
        s.score > seen.score ||
        (s.score === seen.score && cmp(s.entry.doc.id, seen.entry.doc.id) < 0)
      ) {
        best.set(key, s);
      }
    }
    const hits = [...best.values()];
    const page = topK(hits, offset + limit, comparator(query)).slice(offset);
    const facetCounts: MemoryResult["facets"] = {};
    // Every facet but tags in one pass over the hits' rows (a search counts six or seven).
    const valueFacets = facets.filter((f): f is ValueFacetField => f !== "tags");
    const valueCounts =
      valueFacets.length > 0
        ? this.#columns.countFacets(
            valueFacets,
            hits.map((h) => h.num),
            MAX_VALUES_PER_FACET,
          )
        : null;
    for (const facet of facets) {
      facetCounts[facet] =
        facet === "tags"
          ? countTags(
              hits.map((h) => h.entry.doc),
              MAX_VALUES_PER_FACET,
            )
          : valueCounts![facet];
    }
    const marker = makeMarker(groups);
    return {
      // At the cap there are more matches than were counted: "1000+".
      total: capped ? Math.max(hits.length, CANDIDATE_CAP) : hits.length,
      hits: page.map((h) => toHit(h.entry.doc, h.score, marker)),
      facets: facetCounts,
    };
  }

  #group(word: QueryWord): Group {
    const stems = new Set<string>([stem(word.word)]);
    for (const alt of word.alternatives) stems.add(stem(alt));
    let prefix: string | null = null;
    if (word.prefix) {
      prefix = word.word;
      // Indexed stems starting with the prefix (or its stem: "corro" -> "corros" of corrosion,
      // in any field), and stems of vocabulary words starting with it ("hospita" ->
      // "hospitals" -> "hospit"). The most frequent only: a short prefix starts thousands.
      const head = stem(word.word);
      const starting = new Set<string>();
      for (const s of this.#stemBuckets.get(word.word.slice(0, 3)) ?? []) {
        if (s.startsWith(word.word) || s.startsWith(head)) starting.add(s);
      }
      for (const w of this.#vocabulary.bucketOf(word.word)) {
        if (w.startsWith(word.word)) starting.add(stem(w));
      }
      const frequent = [...starting];
      if (frequent.length > PREFIX_EXPANSIONS) {
        const df = (s: string) => this.#postings.get(s)?.size ?? 0;
        frequent.sort((a, b) => df(b) - df(a));
        frequent.length = PREFIX_EXPANSIONS;
      }
      for (const s of frequent) stems.add(s);
    }
    const lists: Map<number, number>[] = [];
    let df = 0;
    for (const s of stems) {
      const list = this.#postings.get(s);
      if (!list) continue;
      lists.push(list);
      df = Math.max(df, list.size);
    }
    return { stems, prefix, idf: this.#idf(df), lists };
  }

  #idf(df: number): number {
    return Math.log(1 + (this.#entries.size + 1) / (df + 1));
  }

  /**
   * Last resort: documents containing a word similar to a query word whose text is similar to
   * the typed query (word similarity >= 0.55).
   */
  #trigramMatch(
    words: QueryWord[],
    raw: string,
    allowed: Uint8Array,
    filter: ((e: Entry) => boolean) | null,
  ): Scored[] {
    const candidates = new Set<number>();
    for (const word of words) {
      if (word.word.length < 3) continue;
      const known = this.#vocabulary.hasWord(word.word);
      for (const w of known ? [word.word] : this.similarWords(word.word, 5)) {
        for (const n of this.#postings.get(stem(w))?.keys() ?? []) {
          if (candidates.size >= TRIGRAM_CANDIDATE_CAP) break;
          candidates.add(n);
        }
      }
    }
    const grams = trigramIndex(raw);
    const out: Scored[] = [];
    for (const num of candidates) {
      const entry = this.#entries.get(num);
      if (!entry || allowed[this.#columns.uidCodes[num]!] !== 1 || (filter && !filter(entry)))
        continue;
      if (wordSimilarity(grams, entry.doc.text) >= TRIGRAM_THRESHOLD)
        out.push({ num, entry, rank: 0, score: 0 });
    }
    releaseTrigrams(grams);
    return out;
  }
}
