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
import {
  type FacetField,
  type SearchDocument,
  type SearchHit,
  type SearchQuery,
  VALUE_FACET_FIELDS,
  type ValueFacetField,
} from "../types.ts";
import { applyCorrections, editsOf, type QueryWord, wordsToCorrect } from "./build-text-query.ts";
import {
  cmp,
  comparator,
  countTags,
  kthSmallest,
  makeFilter,
  makeMarker,
  type Scored,
  toHit,
  topK,
} from "./memory-hits.ts";
import { addToBucket, type Entry, stem, termsOf, vocabularyOf } from "./memory-terms.ts";
import { releaseTrigrams, trigramIndex, trigramKeys, wordSimilarity } from "./memory-trigrams.ts";

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
/** Trigram similarity of a vocabulary word to a query word for it to count as a correction. */
const WORD_TRIGRAM_THRESHOLD = 0.3;
/** Documents the trigram stage looks at, at most. */
const TRIGRAM_CANDIDATE_CAP = 1000;
/** Facet values returned per facet, most frequent first. */
const MAX_VALUES_PER_FACET = 100;

/** One query word as a set of stems: the word, its corrections, its prefix expansions. */
export interface Group {
  stems: Set<string>;
  /** surface prefix (the last word while typing), matched by documents' words starting with it */
  prefix: string | null;
  idf: number;
  /** the postings of its stems (document -> weight) */
  lists: Map<number, number>[];
}

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
  /** vocabulary word -> number of documents using it */
  readonly #vocabulary = new Map<string, number>();
  /** first three letters -> vocabulary words starting with them (prefix look-ups) */
  readonly #prefixBuckets = new Map<string, Set<string>>();
  /** first three letters -> indexed stems starting with them (prefixes over every field) */
  readonly #stemBuckets = new Map<string, Set<string>>();
  /** vocabulary word -> its distinct trigram keys (similarWords), filled as needed */
  readonly #wordTrigrams = new Map<string, Int32Array>();
  /** physical index uid -> its documents */
  readonly #byUid = new Map<string, Set<number>>();

  /** per physical index: its documents newest first (then by id), rebuilt after a change */
  readonly #newestOrder = new Map<string, number[] | null>();

  /** per document number: its physical index (code + 1; 0 once removed) */
  #uidCodes = new Uint8Array(1024);
  /** per document number: its date (ms), -Infinity when it has none */
  #dates = new Float64Array(1024);
  readonly #codeOfUid = new Map<string, number>();
  /** per document number: its (physical index, claim key) as a number, for collapsing */
  #claimCodes = new Int32Array(1024);
  readonly #claimCodeOf = new Map<string, number>();
  /** per facet and document number: the value's code (0: none); codes index `values` - 1 */
  readonly #facetColumns = Object.fromEntries(
    VALUE_FACET_FIELDS.map((f) => [
      f,
      { codes: new Int32Array(1024), codeOf: new Map<string, number>(), values: [] as string[] },
    ]),
  ) as Record<
    ValueFacetField,
    { codes: Int32Array; codeOf: Map<string, number>; values: string[] }
  >;

  get size(): number {
    return this.#entries.size;
  }

  #codeOf(uid: string): number {
    let code = this.#codeOfUid.get(uid);
    if (code === undefined) {
      code = this.#codeOfUid.size + 1;
      if (code > 255) {
        // Physical indexes come and go with reindexes: renumber the live ones.
        this.#codeOfUid.clear();
        for (const [num, entry] of this.#entries) {
          let c = this.#codeOfUid.get(entry.uid);
          if (c === undefined) {
            c = this.#codeOfUid.size + 1;
            this.#codeOfUid.set(entry.uid, c);
          }
          this.#uidCodes[num] = c;
        }
        return this.#codeOf(uid);
      }
      this.#codeOfUid.set(uid, code);
    }
    return code;
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
    for (const w of vocabularyOf(doc)) {
      const n = this.#vocabulary.get(w) ?? 0;
      this.#vocabulary.set(w, n + 1);
      if (n === 0) addToBucket(this.#prefixBuckets, w);
    }
    const date = doc.date ? Date.parse(doc.date) : Number.NaN;
    if (num >= this.#dates.length) {
      const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(num * 2);
        b.set(a);
        return b;
      };
      this.#dates = grow(this.#dates);
      this.#uidCodes = grow(this.#uidCodes);
      this.#claimCodes = grow(this.#claimCodes);
      for (const column of Object.values(this.#facetColumns)) column.codes = grow(column.codes);
    }
    // Claim keys are numbered once for every index (a reindex does not number them again);
    // collapsing pairs the number with the document's index.
    let claimCode = this.#claimCodeOf.get(doc.claimKey);
    if (claimCode === undefined) {
      claimCode = this.#claimCodeOf.size;
      this.#claimCodeOf.set(doc.claimKey, claimCode);
    }
    this.#claimCodes[num] = claimCode;
    for (const facet of VALUE_FACET_FIELDS) {
      const value = doc[facet];
      const column = this.#facetColumns[facet];
      if (value == null) {
        column.codes[num] = 0;
        continue;
      }
      let code = column.codeOf.get(value);
      if (code === undefined) {
        column.values.push(value);
        code = column.values.length;
        column.codeOf.set(value, code);
      }
      column.codes[num] = code;
    }
    this.#dates[num] = Number.isNaN(date) ? Number.NEGATIVE_INFINITY : date;
    this.#uidCodes[num] = this.#codeOf(uid);
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
    this.#uidCodes[num] = 0;
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
    for (const w of vocabularyOf(entry.doc)) {
      const n = (this.#vocabulary.get(w) ?? 1) - 1;
      if (n > 0) this.#vocabulary.set(w, n);
      else {
        this.#vocabulary.delete(w);
        this.#wordTrigrams.delete(w);
        this.#prefixBuckets.get(w.slice(0, 3))?.delete(w);
      }
    }
  }

  /** Up to `max` documents of `uid` passing `filter`, newest first (then by id). */
  #newest(uid: string, filter: ((e: Entry) => boolean) | null, max: number): number[] {
    let order = this.#newestOrder.get(uid);
    if (!order) {
      const dates = this.#dates;
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
    return this.#vocabulary.has(word);
  }

  /** Whether some vocabulary word starts with `prefix` (3+ characters). */
  hasPrefix(prefix: string): boolean {
    for (const w of this.#prefixBuckets.get(prefix.slice(0, 3)) ?? []) {
      if (w.startsWith(prefix)) return true;
    }
    return false;
  }

  /**
   * Vocabulary words closest to `word` by trigram similarity (at least 0.3, like pg_trgm's `%`),
   * best first: the corrections of a misspelling more than one edit away. Scans the words of
   * similar length.
   */
  similarWords(word: string, max = 3): string[] {
    const grams = new Set(trigramKeys(word));
    const scored: { w: string; s: number }[] = [];
    for (const w of this.#vocabulary.keys()) {
      if (Math.abs(w.length - word.length) > 3) continue;
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

  search(input: MemorySearchInput): MemoryResult {
    const { query, uids, words, matchWords, raw, facets, limit, offset } = input;
    const allowed = new Uint8Array(256);
    for (const uid of uids) {
      const code = this.#codeOfUid.get(uid);
      if (code !== undefined) allowed[code] = 1;
    }
    const filter = makeFilter(query);
    const { rank } = this.#scratch();
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
      // Filters apply inside #match, so the fallback runs when no *filtered* document has
      // every word (as in the SQL engine).
      nums = this.#match(groups, must, must.length, allowed, filter, touched);
      if (nums.length === 0 && must.length >= 3) {
        for (const num of touched) rank[num] = 0;
        touched.length = 0;
        nums = this.#match(groups, must, must.length - 1, allowed, filter, touched);
      }
    }
    let matched: Scored[];
    // Like the SQL engine (and Meilisearch's maxTotalHits), at most CANDIDATE_CAP matches are
    // ranked, collapsed and counted: the best by the requested sort, else by text rank.
    const capped = nums.length > CANDIDATE_CAP;
    if (capped) nums = this.#preselect(nums, CANDIDATE_CAP, query, rank);
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
    const claimCodes = this.#claimCodes;
    const uidCodes = this.#uidCodes;
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
    for (const facet of facets) {
      if (facet === "tags") {
        facetCounts.tags = countTags(
          hits.map((h) => h.entry.doc),
          MAX_VALUES_PER_FACET,
        );
        continue;
      }
      const { codes, values } = this.#facetColumns[facet];
      const counts = new Int32Array(values.length + 1);
      const present: number[] = [];
      for (const h of hits) {
        const code = codes[h.num]!;
        if (code === 0) continue;
        if (counts[code] === 0) present.push(code);
        counts[code] = counts[code]! + 1;
      }
      present.sort((a, b) => counts[b]! - counts[a]! || cmp(values[a - 1]!, values[b - 1]!));
      const out: Record<string, number> = {};
      for (const code of present.slice(0, MAX_VALUES_PER_FACET))
        out[values[code - 1]!] = counts[code]!;
      facetCounts[facet] = out;
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
      for (const w of this.#prefixBuckets.get(word.word.slice(0, 3)) ?? []) {
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

  #scratchArrays?: {
    found: Uint16Array;
    lastGroup: Uint16Array;
    best: Float32Array;
    rank: Float64Array;
    keys: Float64Array;
    work: Float64Array;
  };

  /**
   * Per-document arrays #match works in, allocated once per index size and left zeroed after
   * each search (search is synchronous, so one set per index serves every query).
   */
  #scratch() {
    const size = this.#next;
    if (!this.#scratchArrays || this.#scratchArrays.found.length < size) {
      const capacity = Math.max(1024, Math.ceil(size * 1.25));
      this.#scratchArrays = {
        found: new Uint16Array(capacity),
        lastGroup: new Uint16Array(capacity),
        best: new Float32Array(capacity),
        rank: new Float64Array(capacity),
        keys: new Float64Array(capacity),
        work: new Float64Array(capacity),
      };
    }
    return this.#scratchArrays;
  }

  #idf(df: number): number {
    return Math.log(1 + (this.#entries.size + 1) / (df + 1));
  }

  /**
   * Documents containing at least `need` of the `must` groups, with their text rank over all
   * groups: the idf-weighted share of the query's words found, each by its best weighted
   * frequency (saturating). One pass over the groups' postings with per-document typed arrays.
   */
  #match(
    groups: Group[],
    must: Group[],
    need: number,
    allowed: Uint8Array,
    filter: ((e: Entry) => boolean) | null,
    touchedOut: number[],
  ): number[] {
    if (need <= 0) return [];
    const { found, lastGroup, best, rank } = this.#scratch();
    const totalIdf = groups.reduce((sum, g) => sum + g.idf, 0) || 1;
    const codes = this.#uidCodes;
    const sizeOf = (g: Group) => g.lists.reduce((sum, l) => sum + l.size, 0);
    // Every document with `need` of the must groups is in one of the smallest n - need + 1
    // ("seeds"): only their postings are walked in full. The other groups only add to
    // documents a seed found, by walking their postings or probing them per document,
    // whichever is cheaper.
    const seeds = new Set(
      [...must].sort((a, b) => sizeOf(a) - sizeOf(b)).slice(0, must.length - need + 1),
    );
    const mustSet = new Set(must);
    const ordered = [...groups].sort((a, b) => Number(seeds.has(b)) - Number(seeds.has(a)));
    const touched: number[] = [];
    for (let gi = 0; gi < ordered.length; gi++) {
      const g = ordered[gi]!;
      const mark = gi + 1;
      const seed = seeds.has(g);
      const share = g.idf / totalIdf;
      const counts = mustSet.has(g) ? 1 : 0;
      if (!seed && sizeOf(g) > touched.length * g.lists.length * 2) {
        for (const num of touched) {
          let w = 0;
          for (const list of g.lists) {
            const x = list.get(num);
            if (x !== undefined && x > w) w = x;
          }
          if (w === 0) continue;
          rank[num] = rank[num]! + share * (w / (w + 0.5));
          found[num] = found[num]! + counts;
        }
        continue;
      }
      const inGroup: number[] = [];
      for (const list of g.lists) {
        list.forEach((weight, num) => {
          const last = lastGroup[num]!;
          if (last === mark) {
            if (weight > best[num]!) best[num] = weight;
            return;
          }
          if (last === 0) {
            if (!seed) return; // not found by a seed: cannot match
            touched.push(num);
          }
          lastGroup[num] = mark;
          best[num] = weight;
          inGroup.push(num);
        });
      }
      for (const num of inGroup) {
        const w = best[num]!;
        rank[num] = rank[num]! + share * (w / (w + 0.5));
        found[num] = found[num]! + counts;
      }
    }
    const out: number[] = [];
    for (const num of touched) {
      if (
        found[num]! >= need &&
        allowed[codes[num]!] === 1 &&
        (!filter || filter(this.#entryAt[num]!))
      ) {
        out.push(num);
      }
      found[num] = 0;
      lastGroup[num] = 0;
      touchedOut.push(num);
    }
    return out;
  }

  /** The `cap` documents of `nums` first by the requested sort (nulls last), else by rank. */
  #preselect(nums: number[], cap: number, query: SearchQuery, rank: Float64Array): number[] {
    const first = query.sort?.[0];
    const dates = this.#dates;
    let keyOf: (num: number) => number;
    if (!first) keyOf = (num) => rank[num]!;
    else if (first.field === "date") {
      keyOf =
        first.direction === "asc"
          ? (num) => (dates[num] === Number.NEGATIVE_INFINITY ? dates[num]! : -dates[num]!)
          : (num) => dates[num]!;
    } else {
      const sign = first.direction === "asc" ? -1 : 1;
      keyOf = (num) => {
        const v = this.#entries.get(num)?.doc.checkworthiness;
        return v == null ? Number.NEGATIVE_INFINITY : sign * v;
      };
    }
    const { keys, work } = this.#scratch();
    for (let i = 0; i < nums.length; i++) keys[i] = keyOf(nums[i]!);
    work.set(keys.subarray(0, nums.length));
    const threshold = kthSmallest(work.subarray(0, nums.length), nums.length - cap);
    const out: number[] = [];
    const at: number[] = [];
    for (let i = 0; i < nums.length; i++) {
      if (keys[i]! > threshold) out.push(nums[i]!);
      else if (keys[i] === threshold) at.push(nums[i]!);
    }
    const room = cap - out.length;
    if (at.length <= room) return out.concat(at);
    // Ties at the threshold: the newest (then in index order).
    const atDates = new Float64Array(at.length);
    for (let i = 0; i < at.length; i++) atDates[i] = dates[at[i]!]!;
    const newest = kthSmallest(atDates.slice(), at.length - room);
    for (let i = 0; i < at.length && out.length < cap; i++)
      if (atDates[i]! > newest) out.push(at[i]!);
    for (let i = 0; i < at.length && out.length < cap; i++)
      if (atDates[i] === newest) out.push(at[i]!);
    return out;
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
      const known = this.#vocabulary.has(word.word);
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
      if (!entry || allowed[this.#uidCodes[num]!] !== 1 || (filter && !filter(entry))) continue;
      if (wordSimilarity(grams, entry.doc.text) >= TRIGRAM_THRESHOLD)
        out.push({ num, entry, rank: 0, score: 0 });
    }
    releaseTrigrams(grams);
    return out;
  }
}
