// The matcher's candidate retrieval: an in-memory inverted index over the archive of checked
// claims with BM25F ranking and OR semantics (any shared stem makes a candidate, rarer and more
// shared stems rank higher). Fields: the claim as reviewed, the review's headline, the speaker.
import { type AnalyzedText, analyzeText, stemWord } from "./analyze-text.ts";
import { longestRun, topByScore } from "./index-helpers.ts";
import { ClaimEntries } from "./match-entries.ts";
import type { CheckedClaim } from "./types.ts";
import { WordAssociations, type WordAssociationsState } from "./word-associations.ts";

export { bigramsOf, longestRun } from "./index-helpers.ts";

/** BM25 parameters per field: weight, length normalisation. k1 is shared (BM25F). */
const FIELDS = {
  text: { weight: 1, b: 0.5 },
  headline: { weight: 0.8, b: 0.5 },
  speaker: { weight: 0.5, b: 0.3 },
} as const;
const K1 = 1.2;
/** Query stems whose postings are read at most (the rarest first). */
const MAX_QUERY_STEMS = 48;

/** What the index keeps of one checked claim, for re-ranking and explaining a match. */
export interface IndexedClaim {
  claim: CheckedClaim;
  text: AnalyzedText;
  headline: AnalyzedText;
  speaker: string[];
  /** every stem of text + headline */
  stems: Set<string>;
  /** the distinct stems of the text */
  textStems: Set<string>;
  /** the text's words as typed (lower case, stop words kept), as surface vocabulary ids */
  surface: Int32Array;
  removed: boolean;
}

export interface Candidate {
  doc: number;
  entry: IndexedClaim;
  /** BM25F over all fields */
  bm25: number;
}

export interface MatchIndexState {
  entries: ClaimEntries;
  byId: Map<string, number>;
  postings: Map<string, Posting>;
  liveCount: number;
  totalLength: { text: number; headline: number; speaker: number };
  surfaceVocabulary: Map<string, number>;
  /** per surface word id: the claims using it (typed arrays when loaded from a snapshot) */
  surfacePostings: (number[] | Int32Array)[];
  associations: WordAssociationsState;
}

/** A stem's claims (typed arrays when loaded from a snapshot, arrays once written to). */
export interface Posting {
  docs: number[] | Int32Array;
  /** per document: term frequency in text, headline, speaker */
  tf: number[] | Int32Array;
}

export class MatchIndex {
  private readonly entries = new ClaimEntries();
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, Posting>();
  private liveCount = 0;
  private readonly totalLength = { text: 0, headline: 0, speaker: 0 };
  private scores = new Float64Array(0);
  private readonly surfaceVocabulary = new Map<string, number>();
  private readonly surfacePostings: (number[] | Int32Array)[] = [];
  private associationTable: WordAssociations | null = null;
  private changesSinceAssociations = 0;

  get size(): number {
    return this.liveCount;
  }

  /** Everything the index holds (with its word associations), for a snapshot on disk. */
  exportState(): MatchIndexState {
    const associations = this.associations().exportState();
    return {
      entries: this.entries,
      byId: this.byId,
      postings: this.postings,
      liveCount: this.liveCount,
      totalLength: this.totalLength,
      surfaceVocabulary: this.surfaceVocabulary,
      surfacePostings: this.surfacePostings,
      associations,
    };
  }

  /** An index as exportState left it (archive-snapshot.ts). */
  static fromState(state: MatchIndexState): MatchIndex {
    const index = new MatchIndex();
    const { associations, ...rest } = state;
    Object.assign(index, rest);
    index.associationTable = WordAssociations.fromState(associations);
    return index;
  }

  /**
   * Word associations mined from the archive (built on first use, rebuilt once a tenth of the
   * archive changed).
   */
  associations(): WordAssociations {
    if (!this.associationTable || this.changesSinceAssociations > this.liveCount / 10) {
      this.associationTable = new WordAssociations(
        this.entries
          .all()
          .filter((e) => !e.removed)
          .map((e) => e.stems),
      );
      this.changesSinceAssociations = 0;
    }
    return this.associationTable;
  }

  /** Adds or replaces (by id) checked claims. */
  upsert(claims: CheckedClaim[]): void {
    this.changesSinceAssociations += claims.length;
    this.idfCache.clear();
    for (const claim of claims) {
      this.remove([claim.id]);
      const text = analyzeText(claim.text);
      const headline = claim.headline ? analyzeText(claim.headline) : EMPTY;
      const words = text.words;
      // kept as vocabulary ids (surface) only
      text.words = [];
      headline.words = [];
      const speaker = claim.speaker ? analyzeText(claim.speaker, { clean: false }).stems : [];
      const doc = this.entries.length;
      const entry: IndexedClaim = {
        claim,
        text,
        headline,
        speaker,
        stems: new Set([...text.stems, ...headline.stems]),
        textStems: new Set(text.stems),
        surface: this.surfaceIds(words, true),
        removed: false,
      };
      this.entries.push(entry);
      for (const id of new Set(entry.surface)) {
        let list = this.surfacePostings[id];
        if (!Array.isArray(list)) {
          list = list ? Array.from(list) : [];
          this.surfacePostings[id] = list;
        }
        list.push(doc);
      }
      this.byId.set(claim.id, doc);
      this.liveCount += 1;
      this.totalLength.text += text.stems.length;
      this.totalLength.headline += headline.stems.length;
      this.totalLength.speaker += speaker.length;
      const perStem = new Map<string, [number, number, number]>();
      const count = (stems: string[], field: 0 | 1 | 2) => {
        for (const stem of stems) {
          let tf = perStem.get(stem);
          if (!tf) {
            tf = [0, 0, 0];
            perStem.set(stem, tf);
          }
          tf[field] += 1;
        }
      };
      count(text.stems, 0);
      count(headline.stems, 1);
      count(speaker, 2);
      for (const [stem, tf] of perStem) {
        let posting = this.postings.get(stem);
        if (!posting || !Array.isArray(posting.docs) || !Array.isArray(posting.tf)) {
          posting = { docs: Array.from(posting?.docs ?? []), tf: Array.from(posting?.tf ?? []) };
          this.postings.set(stem, posting);
        }
        (posting.docs as number[]).push(doc);
        (posting.tf as number[]).push(tf[0], tf[1], tf[2]);
      }
    }
  }

  remove(ids: string[]): void {
    if (ids.length > 0) this.idfCache.clear();
    for (const id of ids) {
      const doc = this.byId.get(id);
      if (doc === undefined) continue;
      const entry = this.entries.get(doc);
      entry.removed = true;
      this.byId.delete(id);
      this.liveCount -= 1;
      this.totalLength.text -= entry.text.stems.length;
      this.totalLength.headline -= entry.headline.stems.length;
      this.totalLength.speaker -= entry.speaker.length;
    }
  }

  /**
   * The archive's most frequent word one edit away (delete, transpose, replace, insert) from a
   * word no claim has, for typos ("defiyit" -> "deficit"); null when none or the word is known.
   */
  correct(word: string): string | null {
    if (word.length < 5 || !/^[a-z]+$/.test(word) || this.surfaceVocabulary.has(word)) return null;
    // another form of a word the archive has ("looks" for "look") is no typo
    const stem = stemWord(word);
    if (stem === null || this.postings.has(stem)) return null;
    let best: string | null = null;
    let bestCount = 0;
    const consider = (candidate: string) => {
      const id = this.surfaceVocabulary.get(candidate);
      if (id === undefined) return;
      const count = this.surfacePostings[id]?.length ?? 0;
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    };
    const letters = "abcdefghijklmnopqrstuvwxyz";
    for (let i = 0; i <= word.length; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (tail) consider(head + tail.slice(1));
      if (tail.length > 1) consider(head + tail[1] + tail[0] + tail.slice(2));
      for (const c of letters) {
        if (tail) consider(head + c + tail.slice(1));
        consider(head + c + tail);
      }
    }
    return best;
  }

  /** Whether some claim has this stem. */
  hasStem(stem: string): boolean {
    return this.postings.has(stem);
  }

  /** How many claims hold this word as typed (lower case). */
  wordCount(word: string): number {
    const id = this.surfaceVocabulary.get(word);
    return id === undefined ? 0 : (this.surfacePostings[id]?.length ?? 0);
  }

  /** Surface vocabulary ids of words (-1 for a word no claim has, unless `add`). */
  surfaceIds(words: string[], add = false): Int32Array {
    const ids = new Int32Array(words.length);
    words.forEach((word, i) => {
      let id = this.surfaceVocabulary.get(word);
      if (id === undefined && add) {
        id = this.surfaceVocabulary.size;
        this.surfaceVocabulary.set(word, id);
      }
      ids[i] = id ?? -1;
    });
    return ids;
  }

  /**
   * For a short statement (2-12 words): the claims that contain the longest run of its words
   * as typed, stop words included ("in (the) U.S. for an"), best first. A fragment of a claim
   * finds it even when its stems are too few or too common to rank it.
   */
  phraseCandidates(words: Int32Array, limit: number): Candidate[] {
    if (words.length < 2 || words.length > MAX_PHRASE_WORDS) return [];
    let rarest: number[] | Int32Array | undefined;
    for (const id of words) {
      const list = id >= 0 ? this.surfacePostings[id] : undefined;
      if (list && (!rarest || list.length < rarest.length)) rarest = list;
    }
    if (!rarest) return [];
    const scored: { doc: number; run: number }[] = [];
    for (const doc of rarest.length > MAX_PHRASE_SCAN ? rarest.slice(0, MAX_PHRASE_SCAN) : rarest) {
      if (this.entries.isRemoved(doc)) continue;
      const run = longestRun(words, this.entries.surfaceOf(doc));
      if (run >= 2) scored.push({ doc, run });
    }
    scored.sort(
      (a, b) =>
        b.run - a.run ||
        this.entries.surfaceOf(a.doc).length - this.entries.surfaceOf(b.doc).length ||
        a.doc - b.doc,
    );
    return scored.slice(0, limit).map(({ doc }) => ({
      doc,
      entry: this.entries.get(doc),
      bm25: 0,
    }));
  }

  /** A claim as a candidate found elsewhere (no BM25 score of its own), if indexed. */
  candidateFor(id: string): Candidate | undefined {
    const doc = this.byId.get(id);
    return doc === undefined ? undefined : { doc, entry: this.entries.get(doc), bm25: 0 };
  }

  get(id: string): IndexedClaim | undefined {
    const doc = this.byId.get(id);
    return doc === undefined ? undefined : this.entries.get(doc);
  }

  private readonly idfCache = new Map<string, number>();

  private norms = new Float64Array(0);
  private normsFor = "";

  /**
   * Per claim and field: the field's weight over BM25's length normalisation (0 for removed
   * claims), recomputed when the archive changed since the last query.
   */
  private fieldNorms(avg: { text: number; headline: number; speaker: number }): Float64Array {
    const key = `${this.entries.length}/${this.liveCount}/${avg.text}/${avg.headline}/${avg.speaker}`;
    if (key === this.normsFor) return this.norms;
    const norms = new Float64Array(this.entries.length * 3);
    const entries = this.entries;
    const norm = (field: keyof typeof FIELDS, length: number, average: number) =>
      FIELDS[field].weight / (1 - FIELDS[field].b + (FIELDS[field].b * length) / average);
    for (let doc = 0; doc < entries.length; doc++) {
      if (entries.isRemoved(doc)) continue;
      norms[doc * 3] = norm("text", entries.fieldLength(doc, 0), avg.text);
      norms[doc * 3 + 1] = norm("headline", entries.fieldLength(doc, 1), avg.headline);
      norms[doc * 3 + 2] = norm("speaker", entries.fieldLength(doc, 2), avg.speaker);
    }
    this.norms = norms;
    this.normsFor = key;
    return norms;
  }

  /** Inverse document frequency (BM25's, never negative). */
  idf(stem: string): number {
    const cached = this.idfCache.get(stem);
    if (cached !== undefined) return cached;
    const df = this.postings.get(stem)?.docs.length ?? 0;
    const n = Math.max(this.liveCount, 1);
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    if (this.idfCache.size > 200_000) this.idfCache.clear();
    this.idfCache.set(stem, idf);
    return idf;
  }

  /** The best `limit` claims by BM25F for the query's stems (any stem may match). */
  candidates(query: AnalyzedText, limit: number): Candidate[] {
    const unique = [...new Set(query.stems)]
      .map((stem) => ({ stem, posting: this.postings.get(stem) }))
      .filter((q): q is { stem: string; posting: Posting } => q.posting !== undefined)
      .sort((a, b) => a.posting.docs.length - b.posting.docs.length)
      .slice(0, MAX_QUERY_STEMS);
    if (unique.length === 0) return [];
    if (this.scores.length < this.entries.length)
      this.scores = new Float64Array(this.entries.length * 2);
    const scores = this.scores;
    const n = Math.max(this.liveCount, 1);
    const avg = {
      text: Math.max(this.totalLength.text / n, 1),
      headline: Math.max(this.totalLength.headline / n, 1),
      speaker: Math.max(this.totalLength.speaker / n, 1),
    };
    const norms = this.fieldNorms(avg);
    const touched: number[] = [];
    for (const { stem, posting } of unique) {
      const idf = this.idf(stem);
      const { docs, tf } = posting;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        const t = tf[i * 3] as number;
        const h = tf[i * 3 + 1] as number;
        const sp = tf[i * 3 + 2] as number;
        let weighted = 0;
        if (t > 0) weighted += t * (norms[doc * 3] as number);
        if (h > 0) weighted += h * (norms[doc * 3 + 1] as number);
        if (sp > 0) weighted += sp * (norms[doc * 3 + 2] as number);
        if (weighted === 0) continue; // removed claims have norms 0
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = (scores[doc] as number) + (idf * weighted) / (K1 + weighted);
      }
    }
    const best = topByScore(touched, scores, limit);
    const out = best.map((doc) => ({
      doc,
      entry: this.entries.get(doc),
      bm25: scores[doc] as number,
    }));
    for (const doc of touched) scores[doc] = 0;
    return out;
  }
}

/** Statements longer than this are not looked up as phrases (fragments are short). */
const MAX_PHRASE_WORDS = 12;
/** Claims holding the statement's rarest word that are compared at most. */
const MAX_PHRASE_SCAN = 20_000;

const EMPTY: AnalyzedText = {
  stems: [],
  entities: new Set(),
  numbers: new Set(),
  negated: false,
  words: [],
  author: [],
  year: null,
};
