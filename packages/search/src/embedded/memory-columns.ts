// The memory engine's per-document columns, indexed by document number: its physical index,
// date, (claim key) code for collapsing and the code of each facet value, in typed arrays
// (faster to reach than the entries in hot loops), with the facet counts over them.
import { type SearchDocument, VALUE_FACET_FIELDS, type ValueFacetField } from "../types.ts";
import { cmp } from "./memory-hits.ts";
import type { Entry } from "./memory-terms.ts";

export interface FacetColumn {
  codes: Int32Array;
  codeOf: Map<string, number>;
  values: string[];
}

export class DocumentColumns {
  /** per document number: its physical index (code + 1; 0 once removed) */
  uidCodes = new Uint8Array(1024);
  /** per document number: its date (ms), -Infinity when it has none */
  dates = new Float64Array(1024);
  readonly codeOfUid = new Map<string, number>();
  /** per document number: its (physical index, claim key) as a number, for collapsing */
  claimCodes = new Int32Array(1024);
  readonly #claimCodeOf = new Map<string, number>();
  /** per facet and document number: the value's code (0: none); codes index `values` - 1 */
  readonly facetColumns = Object.fromEntries(
    VALUE_FACET_FIELDS.map((f) => [
      f,
      { codes: new Int32Array(1024), codeOf: new Map<string, number>(), values: [] as string[] },
    ]),
  ) as Record<ValueFacetField, FacetColumn>;

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
      const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(num * 2);
        b.set(a);
        return b;
      };
      this.dates = grow(this.dates);
      this.uidCodes = grow(this.uidCodes);
      this.claimCodes = grow(this.claimCodes);
      for (const column of Object.values(this.facetColumns)) column.codes = grow(column.codes);
    }
    // Claim keys are numbered once for every index (a reindex does not number them again);
    // collapsing pairs the number with the document's index.
    let claimCode = this.#claimCodeOf.get(doc.claimKey);
    if (claimCode === undefined) {
      claimCode = this.#claimCodeOf.size;
      this.#claimCodeOf.set(doc.claimKey, claimCode);
    }
    this.claimCodes[num] = claimCode;
    for (const facet of VALUE_FACET_FIELDS) {
      const value = doc[facet];
      const column = this.facetColumns[facet];
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
    this.dates[num] = Number.isNaN(date) ? Number.NEGATIVE_INFINITY : date;
  }

  /** Counts of `facet`'s values over the documents `nums`, most frequent first (then by value). */
  countFacet(facet: ValueFacetField, nums: number[], max: number): Record<string, number> {
    const { codes, values } = this.facetColumns[facet];
    const counts = new Int32Array(values.length + 1);
    const present: number[] = [];
    for (const num of nums) {
      const code = codes[num]!;
      if (code === 0) continue;
      if (counts[code] === 0) present.push(code);
      counts[code] = counts[code]! + 1;
    }
    present.sort((a, b) => counts[b]! - counts[a]! || cmp(values[a - 1]!, values[b - 1]!));
    const out: Record<string, number> = {};
    for (const code of present.slice(0, max)) out[values[code - 1]!] = counts[code]!;
    return out;
  }
}
