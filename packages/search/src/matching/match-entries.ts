// The matcher index's claims (IndexedClaim, one per document number), held either as objects or,
// for an index loaded from a snapshot on disk, encoded: one JSON text with an offset per claim,
// and typed arrays for what retrieval reads of every claim (field lengths, removed, the surface
// word ids). A claim is decoded the first time it is asked for (a candidate), so loading 100K
// claims creates a few large values instead of millions of small objects, and the garbage
// collector has little to walk afterwards (decision 011).
import type { AnalyzedText } from "./analyze-text.ts";
import type { IndexedClaim } from "./match-index.ts";

/** The claims of an index as a snapshot stores them. */
export interface EncodedEntries {
  /** every claim's record (claim, text, headline, speaker) as JSON, one after the other */
  json: string;
  /** per claim: where its record starts in `json`; one more at the end */
  offsets: Int32Array;
  /** every claim's surface word ids, one after the other */
  surface: Int32Array;
  /** per claim: where its surface ids start; one more at the end */
  surfaceOffsets: Int32Array;
  /** per claim: stems of the text, of the headline, of the speaker */
  lengths: Int32Array;
  /** per claim: 1 when removed */
  removed: Uint8Array;
}

/** An analysed text with arrays for sets. */
type StoredText = Omit<AnalyzedText, "entities" | "numbers"> & {
  entities: string[];
  numbers: string[];
};
interface StoredRecord {
  claim: IndexedClaim["claim"];
  text: StoredText;
  headline: StoredText;
  speaker: string[];
}

const storeText = (t: AnalyzedText): StoredText => ({
  ...t,
  entities: [...t.entities],
  numbers: [...t.numbers],
});
const loadText = (t: StoredText): AnalyzedText => ({
  ...t,
  entities: new Set(t.entities),
  numbers: new Set(t.numbers),
});

export class ClaimEntries {
  readonly #entries: (IndexedClaim | undefined)[] = [];
  #encoded: EncodedEntries | null = null;

  /** Claims as a snapshot stored them (decoded when first asked for). */
  static fromEncoded(encoded: EncodedEntries): ClaimEntries {
    const entries = new ClaimEntries();
    entries.#encoded = encoded;
    entries.#entries.length = encoded.removed.length;
    return entries;
  }

  get length(): number {
    return this.#entries.length;
  }

  push(entry: IndexedClaim): void {
    this.#entries.push(entry);
  }

  get(doc: number): IndexedClaim {
    return this.#entries[doc] ?? this.#decode(doc);
  }

  /** Every claim (decodes them all). */
  all(): IndexedClaim[] {
    const out: IndexedClaim[] = [];
    for (let doc = 0; doc < this.#entries.length; doc++) out.push(this.get(doc));
    return out;
  }

  isRemoved(doc: number): boolean {
    const entry = this.#entries[doc];
    return entry ? entry.removed : this.#encoded?.removed[doc] === 1;
  }

  /** The claim's words as surface vocabulary ids. */
  surfaceOf(doc: number): Int32Array {
    const entry = this.#entries[doc];
    if (entry) return entry.surface;
    const e = this.#encoded as EncodedEntries;
    return e.surface.subarray(e.surfaceOffsets[doc], e.surfaceOffsets[doc + 1]);
  }

  /** Stems of the claim's text (0), headline (1) or speaker (2). */
  fieldLength(doc: number, field: 0 | 1 | 2): number {
    const entry = this.#entries[doc];
    if (!entry) return (this.#encoded as EncodedEntries).lengths[doc * 3 + field] as number;
    return field === 0
      ? entry.text.stems.length
      : field === 1
        ? entry.headline.stems.length
        : entry.speaker.length;
  }

  #decode(doc: number): IndexedClaim {
    const e = this.#encoded;
    if (!e || doc < 0 || doc >= this.#entries.length) throw new RangeError(`no claim ${doc}`);
    const record = JSON.parse(e.json.slice(e.offsets[doc], e.offsets[doc + 1])) as StoredRecord;
    const text = loadText(record.text);
    const headline = loadText(record.headline);
    const entry: IndexedClaim = {
      claim: record.claim,
      text,
      headline,
      speaker: record.speaker,
      stems: new Set([...text.stems, ...headline.stems]),
      textStems: new Set(text.stems),
      surface: this.surfaceOf(doc).slice(),
      removed: e.removed[doc] === 1,
    };
    this.#entries[doc] = entry;
    return entry;
  }

  /** The claims as a snapshot stores them. */
  encode(): EncodedEntries {
    const n = this.#entries.length;
    const parts: string[] = [];
    const offsets = new Int32Array(n + 1);
    const surfaceOffsets = new Int32Array(n + 1);
    const lengths = new Int32Array(n * 3);
    const removed = new Uint8Array(n);
    let chars = 0;
    let words = 0;
    for (let doc = 0; doc < n; doc++) {
      const entry = this.get(doc);
      const record: StoredRecord = {
        claim: entry.claim,
        text: storeText(entry.text),
        headline: storeText(entry.headline),
        speaker: entry.speaker,
      };
      const json = JSON.stringify(record);
      parts.push(json);
      offsets[doc] = chars;
      chars += json.length;
      surfaceOffsets[doc] = words;
      words += entry.surface.length;
      for (const field of [0, 1, 2] as const)
        lengths[doc * 3 + field] = this.fieldLength(doc, field);
      removed[doc] = entry.removed ? 1 : 0;
    }
    offsets[n] = chars;
    surfaceOffsets[n] = words;
    const surface = new Int32Array(words);
    for (let doc = 0; doc < n; doc++) surface.set(this.get(doc).surface, surfaceOffsets[doc]);
    return { json: parts.join(""), offsets, surface, surfaceOffsets, lengths, removed };
  }
}
