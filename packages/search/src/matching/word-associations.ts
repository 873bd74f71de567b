// Which words go together in the archive's own checked claims ("sotu" / "state union", "wall" /
// "border"): normalised pointwise mutual information of two stems occurring in the same checked
// claim (its text and its headline, often a paraphrase of each other). Mined from the archive the
// matcher serves, when it is first needed; nothing is shipped or downloaded.

/** Stems in more than this share of claims carry no association worth keeping. */
const MAX_DF_SHARE = 0.05;
/** Pairs seen in fewer claims are noise. */
const MIN_PAIR_COUNT = 2;
/** Stems of one claim paired at most (its rarest). */
const MAX_STEMS_PER_CLAIM = 16;
/** Associations kept per stem (the strongest). */
const PER_STEM = 24;
/** Claims mined at most (a large archive is sampled evenly). */
const MAX_MINED = 25_000;

/** The mined table, for a snapshot on disk. */
export type WordAssociationsState = Map<string, Map<string, number>>;

export class WordAssociations {
  private table = new Map<string, Map<string, number>>();

  exportState(): WordAssociationsState {
    return this.table;
  }

  static fromState(table: WordAssociationsState): WordAssociations {
    const associations = new WordAssociations([]);
    associations.table = table;
    return associations;
  }

  constructor(docs: Set<string>[]) {
    const step = Math.max(1, docs.length / MAX_MINED);
    const mined: Set<string>[] = [];
    for (let i = 0; i < docs.length; i += step) mined.push(docs[Math.floor(i)] as Set<string>);
    const n = mined.length;
    if (n === 0) return;
    const df = new Map<string, number>();
    for (const doc of mined) for (const s of doc) df.set(s, (df.get(s) ?? 0) + 1);
    const ids = new Map<string, number>();
    const names: string[] = [];
    for (const [stem, count] of df) {
      if (count < MIN_PAIR_COUNT || count > Math.max(MAX_DF_SHARE * n, 10)) continue;
      ids.set(stem, names.length);
      names.push(stem);
    }
    const dfOf = names.map((name) => df.get(name) as number);
    const pairs = new Map<number, number>();
    const width = names.length;
    for (const doc of mined) {
      const kept: number[] = [];
      for (const s of doc) {
        const id = ids.get(s);
        if (id !== undefined) kept.push(id);
      }
      if (kept.length > MAX_STEMS_PER_CLAIM) {
        // the rarest stems of a long claim carry its associations
        kept.sort((a, b) => (dfOf[a] as number) - (dfOf[b] as number));
        kept.length = MAX_STEMS_PER_CLAIM;
      }
      kept.sort((a, b) => a - b);
      for (let i = 0; i < kept.length; i++) {
        for (let j = i + 1; j < kept.length; j++) {
          const key = (kept[i] as number) * width + (kept[j] as number);
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
    const lists = new Map<number, [number, number][]>();
    for (const [key, count] of pairs) {
      if (count < MIN_PAIR_COUNT) continue;
      const a = Math.floor(key / width);
      const b = key % width;
      const dfA = df.get(names[a] as string) as number;
      const dfB = df.get(names[b] as string) as number;
      const pmi = Math.log((n * count) / (dfA * dfB));
      const npmi = pmi / -Math.log(count / n);
      if (npmi <= 0) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        let list = lists.get(x);
        if (!list) {
          list = [];
          lists.set(x, list);
        }
        list.push([y, npmi]);
      }
    }
    for (const [id, list] of lists) {
      // ties by stem, so the table does not depend on the order claims were loaded in
      list.sort(
        (p, q) => q[1] - p[1] || ((names[p[0]] as string) < (names[q[0]] as string) ? -1 : 1),
      );
      this.table.set(
        names[id] as string,
        new Map(list.slice(0, PER_STEM).map(([other, v]) => [names[other] as string, v])),
      );
    }
  }

  /** 0-1: how strongly `stem` goes with the best of `others` (0 when never together). */
  strongest(stem: string, others: Set<string>): number {
    const related = this.table.get(stem);
    if (!related) return 0;
    let best = 0;
    for (const [other, value] of related) if (value > best && others.has(other)) best = value;
    return best;
  }

  /** For every stem associated with one of `stems`: its strongest association with them. */
  strongestWith(stems: Iterable<string>): Map<string, number> {
    const best = new Map<string, number>();
    for (const stem of stems) {
      const related = this.table.get(stem);
      if (!related) continue;
      for (const [other, value] of related) {
        if (value > (best.get(other) ?? 0)) best.set(other, value);
      }
    }
    return best;
  }

  related(stem: string): Map<string, number> | undefined {
    return this.table.get(stem);
  }
}
