// The memory engine's per-document columns, indexed by document number: its physical index,
// date, (claim key) code for collapsing and the code of each facet value, in typed arrays
// (faster to reach than the entries in hot loops), with the facet counts over them. A
// document's facet codes are one row (side by side), so a search counts every facet in one
// pass over its hits.
import { type SearchDocument, VALUE_FACET_FIELDS, type ValueFacetField } from "../types.ts";
import { cmp } from "./memory-hits.ts";
import type { Entry } from "./memory-terms.ts";

/** A facet's values: codes (1-based) index `values` - 1. */
export interface FacetValues {
  codeOf: Map<string, number>;
  values: string[];
}

/** Facet codes per document row. */
const FACETS = VALUE_FACET_FIELDS.length;
/** A facet's place in a document's row. */
const FACET_SLOT = Object.fromEntries(VALUE_FACET_FIELDS.map((f, i) => [f, i])) as Record<
  ValueFacetField,
  number
>;

export class DocumentColumns {
  /** per document number: its physical index (code + 1; 0 once removed) */
  uidCodes = new Uint8Array(1024);
  /** per document number: its date (ms), -Infinity when it has none */
  dates = new Float64Array(1024);
  readonly codeOfUid = new Map<string, number>();
  /** per document number: its (physical index, claim key) as a number, for collapsing */
  claimCodes = new Int32Array(1024);
  readonly #claimCodeOf = new Map<string, number>();
  /** per document number, a row of FACETS codes (0: none), one per facet in VALUE_FACET_FIELDS */
  facetCodes = new Int32Array(1024 * FACETS);
  /** per facet: its values and their codes */
  readonly facetValues = Object.fromEntries(
    VALUE_FACET_FIELDS.map((f): [string, FacetValues] => [f, { codeOf: new Map(), values: [] }]),
  ) as Record<ValueFacetField, FacetValues>;

  /** The code of physical index `uid`, renumbering the live ones (`entries`) past 255. */
  codeOf(uid: string, entries: Map<number, Entry>): number {
    let code = this.codeOfUid.get(uid);
    if (code === undefined) {
      code = this.codeOfUid.size + 1;
      if (code > 255) {
        // Physical indexes come and go with reindexes: renumber the live ones.
        this.codeOfUid.clear();
        for (const [num, entry] of entries) {
          let c = this.codeOfUid.get(entry.uid);
          if (c === undefined) {
            c = this.codeOfUid.size + 1;
            this.codeOfUid.set(entry.uid, c);
          }
          this.uidCodes[num] = c;
        }
        return this.codeOf(uid, entries);
      }
      this.codeOfUid.set(uid, code);
    }
    return code;
  }

  /** Fills the columns of document number `num` (all but its physical index). */
  set(num: number, doc: SearchDocument, date: number): void {
    if (num >= this.dates.length) {
      const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T, width = 1): T => {
        const b = new (a.constructor as new (n: number) => T)(num * 2 * width);
        b.set(a);
        return b;
      };
      this.dates = grow(this.dates);
      this.uidCodes = grow(this.uidCodes);
      this.claimCodes = grow(this.claimCodes);
      this.facetCodes = grow(this.facetCodes, FACETS);
    }
    // Claim keys are numbered once for every index (a reindex does not number them again);
    // collapsing pairs the number with the document's index.
    let claimCode = this.#claimCodeOf.get(doc.claimKey);
    if (claimCode === undefined) {
      claimCode = this.#claimCodeOf.size;
      this.#claimCodeOf.set(doc.claimKey, claimCode);
    }
    this.claimCodes[num] = claimCode;
    const row = num * FACETS;
    for (const facet of VALUE_FACET_FIELDS) {
      const value = doc[facet];
      const slot = row + FACET_SLOT[facet];
      if (value == null) {
        this.facetCodes[slot] = 0;
        continue;
      }
      const known = this.facetValues[facet];
      let code = known.codeOf.get(value);
      if (code === undefined) {
        known.values.push(value);
        code = known.values.length;
        known.codeOf.set(value, code);
      }
      this.facetCodes[slot] = code;
    }
    this.dates[num] = Number.isNaN(date) ? Number.NEGATIVE_INFINITY : date;
  }

  /**
   * Counts of each of `facets`' values over the documents `nums` (one pass over their rows),
   * most frequent first (then by value), at most `max` values per facet.
   */
  countFacets(
    facets: ValueFacetField[],
    nums: number[],
    max: number,
  ): Record<ValueFacetField, Record<string, number>> {
    const codes = this.facetCodes;
    const slots = facets.map((f) => FACET_SLOT[f]);
    const counts = facets.map((f) => new Int32Array(this.facetValues[f].values.length + 1));
    const present = facets.map((): number[] => []);
    const n = facets.length;
    for (const num of nums) {
      const row = num * FACETS;
      for (let j = 0; j < n; j++) {
        const code = codes[row + slots[j]!]!;
        if (code === 0) continue;
        const count = counts[j]!;
        if (count[code] === 0) present[j]!.push(code);
        count[code] = count[code]! + 1;
      }
    }
    const out = {} as Record<ValueFacetField, Record<string, number>>;
    for (let j = 0; j < n; j++) {
      const { values } = this.facetValues[facets[j]!];
      const count = counts[j]!;
      const codesPresent = present[j]!;
      codesPresent.sort((a, b) => count[b]! - count[a]! || cmp(values[a - 1]!, values[b - 1]!));
      const listed: Record<string, number> = {};
      for (const code of codesPresent.slice(0, max)) listed[values[code - 1]!] = count[code]!;
      out[facets[j]!] = listed;
    }
    return out;
  }
}
