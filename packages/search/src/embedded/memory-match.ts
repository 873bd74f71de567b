// The memory engine's matching pass: documents containing enough of the query's word groups,
// with their text rank, in one walk over the groups' postings with per-document typed arrays;
// and the preselection of the best CANDIDATE_CAP of them by the requested sort.
import type { SearchQuery } from "../types.ts";
import { kthSmallest } from "./memory-hits.ts";
import type { Entry } from "./memory-terms.ts";

/** One query word as a set of stems: the word, its corrections, its prefix expansions. */
export interface Group {
  stems: Set<string>;
  /** surface prefix (the last word while typing), matched by documents' words starting with it */
  prefix: string | null;
  idf: number;
  /** the postings of its stems (document -> weight) */
  lists: Map<number, number>[];
}

export interface ScratchArrays {
  found: Uint16Array;
  lastGroup: Uint16Array;
  best: Float32Array;
  rank: Float64Array;
  keys: Float64Array;
  work: Float64Array;
}

/**
 * Per-document arrays the match works in, allocated once per index size and left zeroed after
 * each search (search is synchronous, so one set per index serves every query).
 */
export class Scratch {
  #arrays?: ScratchArrays;

  /** The arrays, for at least `size` document numbers. */
  get(size: number): ScratchArrays {
    if (!this.#arrays || this.#arrays.found.length < size) {
      const capacity = Math.max(1024, Math.ceil(size * 1.25));
      this.#arrays = {
        found: new Uint16Array(capacity),
        lastGroup: new Uint16Array(capacity),
        best: new Float32Array(capacity),
        rank: new Float64Array(capacity),
        keys: new Float64Array(capacity),
        work: new Float64Array(capacity),
      };
    }
    return this.#arrays;
  }
}

export interface MatchContext {
  scratch: ScratchArrays;
  /** per document number: its physical index code */
  uidCodes: Uint8Array;
  entryAt: (Entry | undefined)[];
}

/**
 * Documents containing at least `need` of the `must` groups, with their text rank over all
 * groups: the idf-weighted share of the query's words found, each by its best weighted
 * frequency (saturating). One pass over the groups' postings with per-document typed arrays.
 */
export function matchGroups(
  context: MatchContext,
  groups: Group[],
  must: Group[],
  need: number,
  allowed: Uint8Array,
  filter: ((e: Entry) => boolean) | null,
  touchedOut: number[],
): number[] {
  if (need <= 0) return [];
  const { found, lastGroup, best, rank } = context.scratch;
  const totalIdf = groups.reduce((sum, g) => sum + g.idf, 0) || 1;
  const codes = context.uidCodes;
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
      (!filter || filter(context.entryAt[num]!))
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
export function preselect(
  nums: number[],
  cap: number,
  query: SearchQuery,
  rank: Float64Array,
  dates: Float64Array,
  entries: Map<number, Entry>,
  scratch: ScratchArrays,
): number[] {
  const first = query.sort?.[0];
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
      const v = entries.get(num)?.doc.checkworthiness;
      return v == null ? Number.NEGATIVE_INFINITY : sign * v;
    };
  }
  const { keys, work } = scratch;
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
