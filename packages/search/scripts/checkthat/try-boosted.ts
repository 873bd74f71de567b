// Session 28 (m21) experiment: a small gradient-boosted tree re-ranker (pointwise logistic
// boosting, depth-3 trees on quantile splits) over the shipped 25 features, against the shipped
// pairwise logistic regression, by the same cross-fitted 5-fold CV on train, then dev once; and
// the error analysis of the linear model's CV misses.
//   pnpm --filter @claimdesk/search exec tsx scripts/checkthat/try-boosted.ts
import { FEATURE_NAMES } from "../../src/matching/match-features.ts";
import { evaluate, fit, foldTables, type List, lists, QUOTED_BONUS } from "./cross-validate.ts";
import { scoreRankings } from "./read-checkthat.ts";
import { FOLDS, foldOf } from "./train-translations.ts";

interface Node {
  f: number;
  t: number;
  l: Node | number;
  r: Node | number;
}
type Tree = Node | number;

const leaf = (t: Tree, x: number[]): number =>
  typeof t === "number" ? t : leaf((x[t.f] as number) <= t.t ? t.l : t.r, x);

function grow(
  X: number[][],
  g: number[],
  h: number[],
  idx: number[],
  depth: number,
  cuts: number[][],
): Tree {
  const G = idx.reduce((s, i) => s + (g[i] as number), 0);
  const H = idx.reduce((s, i) => s + (h[i] as number), 0);
  const lam = 1;
  const value = -G / (H + lam);
  if (depth === 0 || idx.length < 40) return value;
  let best = { gain: 1e-6, f: -1, t: 0 };
  for (let f = 0; f < cuts.length; f++) {
    for (const t of cuts[f] as number[]) {
      let gl = 0;
      let hl = 0;
      for (const i of idx)
        if (((X[i] as number[])[f] as number) <= t) {
          gl += g[i] as number;
          hl += h[i] as number;
        }
      const gr = G - gl;
      const hr = H - hl;
      if (hl < 1 || hr < 1) continue;
      const gain = (gl * gl) / (hl + lam) + (gr * gr) / (hr + lam) - (G * G) / (H + lam);
      if (gain > best.gain) best = { gain, f, t };
    }
  }
  if (best.f < 0) return value;
  const L = idx.filter((i) => ((X[i] as number[])[best.f] as number) <= best.t);
  const R = idx.filter((i) => ((X[i] as number[])[best.f] as number) > best.t);
  return {
    f: best.f,
    t: best.t,
    l: grow(X, g, h, L, depth - 1, cuts),
    r: grow(X, g, h, R, depth - 1, cuts),
  };
}

function boost(ls: List[], base: number[] | null, rounds: number, rate: number, depth: number) {
  const X: number[][] = [];
  const y: number[] = [];
  const m0: number[] = [];
  for (const q of ls)
    q.x.forEach((x, i) => {
      X.push(x);
      y.push(q.tweet.relevant.has(q.ids[i] as string) ? 1 : 0);
      m0.push(base ? x.reduce((z, v, k) => z + v * (base[k] as number), 0) : 0);
    });
  const dims = X[0]?.length ?? 0;
  const cuts: number[][] = [];
  for (let f = 0; f < dims; f++) {
    const v = X.map((x) => x[f] as number).sort((a, b) => a - b);
    cuts.push([
      ...new Set(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map(
          (k) => v[Math.floor((k * v.length) / 16)] as number,
        ),
      ),
    ]);
  }
  const trees: Tree[] = [];
  const m = [...m0];
  const all = X.map((_, i) => i);
  for (let r = 0; r < rounds; r++) {
    const g = m.map((z, i) => 1 / (1 + Math.exp(-z)) - (y[i] as number));
    const h = m.map((z) => {
      const p = 1 / (1 + Math.exp(-z));
      return Math.max(p * (1 - p), 1e-6);
    });
    const t = grow(X, g, h, all, depth, cuts);
    trees.push(t);
    X.forEach((x, i) => {
      m[i] = (m[i] as number) + rate * leaf(t, x);
    });
  }
  return (x: number[]) =>
    (base ? x.reduce((z, v, k) => z + v * (base[k] as number), 0) : 0) +
    trees.reduce<number>((s, t) => s + rate * leaf(t, x), 0);
}

function score(ls: List[], s: (x: number[]) => number) {
  const rankings = new Map<string, string[]>();
  for (const q of ls) {
    const r = q.x.map((x, i) => ({
      id: q.ids[i] as string,
      s: s(x) + QUOTED_BONUS * (q.quoted[i] as number),
    }));
    r.sort((a, b) => b.s - a.s);
    rankings.set(
      q.tweet.id,
      r.map((e) => e.id),
    );
  }
  return scoreRankings(
    ls.map((q) => q.tweet),
    rankings,
  );
}

const { without } = foldTables();
const train = lists("train", null, (i) => without(foldOf(i)));
const inFold = Array.from({ length: FOLDS }, (_, f) =>
  lists(
    "train",
    null,
    (i) => without(f, foldOf(i)),
    (i) => foldOf(i) !== f,
  ),
);
const dev = lists("dev", null);
const linW = inFold.map((l) => fit(l, 1e-4));

// error analysis of the linear model's CV misses (gold not first)
const cats = new Map<string, number>();
const add = (k: string) => cats.set(k, (cats.get(k) ?? 0) + 1);
const QC = FEATURE_NAMES.indexOf("query_coverage");
const CC = FEATURE_NAMES.indexOf("claim_coverage");
const RANK = FEATURE_NAMES.indexOf("rank_log");
const ENT = FEATURE_NAMES.indexOf("entity_share");
train.forEach((q, n) => {
  const w = linW[foldOf(n)] as number[];
  const s = q.x.map(
    (x, i) =>
      x.reduce((z, v, k) => z + v * (w[k] as number), 0) + QUOTED_BONUS * (q.quoted[i] as number),
  );
  const order = s.map((_, i) => i).sort((a, b) => (s[b] as number) - (s[a] as number));
  const gold = order.findIndex((i) => q.tweet.relevant.has(q.ids[i] as string));
  if (gold === 0) return;
  if (gold < 0) {
    add("claim not among the candidates");
    return;
  }
  const gx = q.x[order[gold] as number] as number[];
  const tx = q.x[order[0] as number] as number[];
  add(gold < 5 ? "gold at rank 2-5" : "gold at rank 6+");
  if ((gx[QC] as number) < 0.25) add("  of which: gold covers < 25 % of the tweet's idf");
  if ((gx[RANK] as number) === 0)
    add("  of which: gold was BM25F first, re-ranking pushed it down");
  if ((tx[CC] as number) > (gx[CC] as number))
    add("  of which: top claim has more of its own words in the tweet");
  if ((tx[ENT] as number) > (gx[ENT] as number)) add("  of which: top claim shares more names");
});
console.log("linear CV misses on train:", Object.fromEntries(cats));

for (const [name, cfg] of [
  ["linear (shipped form)", null],
  ["boosted 100x d3 lr0.1", { base: false, rounds: 100, rate: 0.1, depth: 3 }],
  ["linear + boosted residual 50x d2 lr0.05", { base: true, rounds: 50, rate: 0.05, depth: 2 }],
  ["linear + boosted residual 100x d3 lr0.05", { base: true, rounds: 100, rate: 0.05, depth: 3 }],
] as const) {
  let cv = 0;
  for (let f = 0; f < FOLDS; f++) {
    const held = train.filter((_, i) => foldOf(i) === f);
    const w = linW[f] as number[];
    const s = cfg
      ? boost(inFold[f] as List[], cfg.base ? w : null, cfg.rounds, cfg.rate, cfg.depth)
      : (x: number[]) => x.reduce((z, v, k) => z + v * (w[k] as number), 0);
    cv += score(held, s).map * held.length;
  }
  const wAll = fit(train, 1e-4);
  const sAll = cfg
    ? boost(train, cfg.base ? wAll : null, cfg.rounds, cfg.rate, cfg.depth)
    : (x: number[]) => x.reduce((z, v, k) => z + v * (wAll[k] as number), 0);
  const d = score(dev, sAll);
  const t = score(train, sAll);
  console.log(
    `${name}: train CV MAP@5 ${(cv / train.length).toFixed(4)}; train ${t.map.toFixed(3)}; dev ${d.map.toFixed(3)} / ${d.r1.toFixed(3)} / ${d.rk.toFixed(3)}`,
  );
  void evaluate;
}
