// Issue 21 experiment: do word meanings learned from ../shared help the re-ranker? Word vectors
// (PPMI + eigendecomposition over LIAR, PolNeAR train and the verified claims) and an IBM model 1
// table P(claim stem | tweet stem) (verified claim <-> its headline, plus the CheckThat! train
// tweets <-> their claims, learned inside each fold only). 5-fold CV on train by tweet, dev once.
//
//   pnpm --filter @claimdesk/search exec tsx scripts/checkthat/try-meaning.ts
import { ClaimMatcher } from "../../src/matching/claim-matcher.ts";
import type { IndexedClaim, MatchIndex } from "../../src/matching/match-index.ts";
import {
  claimTexts,
  type Translation,
  trainTranslation,
  trainWordVectors,
  unlabelledTexts,
  type WordVectors,
} from "./learn-meaning.ts";
import {
  checkedClaimsOf,
  readTweets,
  readVerifiedClaims,
  scoreRankings,
  type Tweet,
} from "./read-checkthat.ts";
import { trainLogistic } from "./train-logistic.ts";

const QUOTED_BONUS = 8;
const FOLDS = 5;
const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${m}`);

const matcher = new ClaimMatcher(checkedClaimsOf(readVerifiedClaims()));
const index: MatchIndex = matcher.index;

interface List {
  tweet: Tweet;
  stems: Set<string>;
  ids: string[];
  entries: IndexedClaim[];
  base: number[][];
  quoted: number[];
}
function lists(split: "train" | "dev"): List[] {
  return readTweets(split).map((tweet) => {
    const { query, ranked } = matcher.rankCandidates(tweet.text);
    return {
      tweet,
      stems: new Set(query.stems),
      ids: ranked.map((r) => r.candidate.entry.claim.id),
      entries: ranked.map((r) => r.candidate.entry),
      base: ranked.map((r) => r.features.values),
      quoted: ranked.map((r) => r.quoted),
    };
  });
}
const train = lists("train");
const dev = lists("dev");
log(`lists: train ${train.length}, dev ${dev.length}`);

// --- word vectors
const claims = claimTexts();
const docs = [...unlabelledTexts(), ...claims.map((c) => [...c.vclaim, ...c.title])];
log(`corpus: ${docs.length} texts, ${docs.reduce((n, d) => n + d.length, 0)} stems`);
const wv: WordVectors = trainWordVectors(docs, { dims: Number(process.env.DIMS ?? 64) });
log(`word vectors: ${wv.vocabulary.size} stems x ${wv.dims}`);

function vectorOf(stem: string): Float32Array | null {
  const i = wv.vocabulary.get(stem);
  return i === undefined ? null : wv.vectors.subarray(i * wv.dims, (i + 1) * wv.dims);
}
function centroid(stems: Iterable<string>): Float64Array {
  const c = new Float64Array(wv.dims);
  for (const s of new Set(stems)) {
    const v = vectorOf(s);
    if (!v) continue;
    const w = index.idf(s);
    for (let d = 0; d < wv.dims; d++) c[d] = (c[d] as number) + w * (v[d] as number);
  }
  return c;
}
function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += (a[i] as number) * (b[i] as number);
    na += (a[i] as number) ** 2;
    nb += (b[i] as number) ** 2;
  }
  return na > 0 && nb > 0 ? d / Math.sqrt(na * nb) : 0;
}
/** Of the idf of `of`'s stems that `by` lacks, the share close in meaning to one of `by`. */
function softCoverage(of: Iterable<string>, by: Set<string>): number {
  const byVectors = [...by].map(vectorOf).filter((v): v is Float32Array => v !== null);
  let missing = 0;
  let explained = 0;
  for (const s of new Set(of)) {
    if (by.has(s)) continue;
    const w = index.idf(s);
    missing += w;
    const v = vectorOf(s);
    if (!v) continue;
    let best = 0;
    for (const u of byVectors) best = Math.max(best, cosine(u, v));
    explained += w * Math.max(0, best);
  }
  return missing > 0 ? explained / missing : 0;
}

function embeddingFeatures(l: List): number[][] {
  const qc = centroid(l.stems);
  return l.entries.map((e) => [
    cosine(qc, centroid(e.stems)),
    softCoverage(e.textStems, l.stems),
    softCoverage(l.stems, e.stems),
  ]);
}

// --- translation table per fold
const claimPairs = claims.flatMap((c) => [
  { source: c.vclaim, target: c.title, weight: 1 },
  { source: c.title, target: c.vclaim, weight: 1 },
]);
const TWEET_WEIGHT = Number(process.env.TWEET_WEIGHT ?? 5);
function translationFor(tweets: List[]): Translation {
  const pairs = [...claimPairs];
  for (const l of tweets)
    for (const id of l.tweet.relevant) {
      const e = index.get(id);
      if (e) pairs.push({ source: [...l.stems], target: [...e.stems], weight: TWEET_WEIGHT });
    }
  return trainTranslation(pairs);
}
function translated(t: Translation, of: Iterable<string>, by: Set<string>): number {
  let missing = 0;
  let explained = 0;
  for (const c of new Set(of)) {
    if (by.has(c)) continue;
    const w = index.idf(c);
    missing += w;
    let best = 0;
    for (const s of by) best = Math.max(best, t.get(s)?.get(c) ?? 0);
    explained += w * best;
  }
  return missing > 0 ? explained / missing : 0;
}
function translationFeatures(t: Translation, l: List): number[][] {
  return l.entries.map((e) => [translated(t, e.textStems, l.stems)]);
}

// --- fit and score
type X = number[][][];
function fit(ls: List[], xs: X): number[] {
  const rows: number[][] = [];
  const labels: number[] = [];
  ls.forEach((q, n) => {
    const x = xs[n] as number[][];
    q.ids.forEach((id, i) => {
      if (!q.tweet.relevant.has(id)) return;
      q.ids.forEach((other, j) => {
        if (q.tweet.relevant.has(other)) return;
        const d = (x[i] as number[]).map((v, k) => v - ((x[j] as number[])[k] as number));
        rows.push(
          d,
          d.map((v) => -v),
        );
        labels.push(1, 0);
      });
    });
  });
  return trainLogistic(rows, labels, { epochs: 1500, l2: 1e-4 }).weights;
}
function evaluate(ls: List[], xs: X, w: number[]) {
  const rankings = new Map<string, string[]>();
  ls.forEach((q, n) => {
    const scored = (xs[n] as number[][]).map((x, i) => ({
      id: q.ids[i] as string,
      s:
        x.reduce((z, v, k) => z + v * (w[k] as number), 0) + QUOTED_BONUS * (q.quoted[i] as number),
    }));
    scored.sort((a, b) => b.s - a.s);
    rankings.set(
      q.tweet.id,
      scored.map((r) => r.id),
    );
  });
  return scoreRankings(
    ls.map((q) => q.tweet),
    rankings,
  );
}

const embTrain = train.map(embeddingFeatures);
const embDev = dev.map(embeddingFeatures);
log("embedding features done");

type Variant = { name: string; emb: number[]; trans: "none" | "claims" | "tweets" };
const variants: Variant[] = [
  { name: "24 features", emb: [], trans: "none" },
  { name: "+ emb cosine, soft coverage both ways", emb: [0, 1, 2], trans: "none" },
  { name: "+ translation coverage, table from claim <-> headline only", emb: [], trans: "claims" },
  {
    name: "+ translation coverage, table also from train tweets (cross-fitted)",
    emb: [],
    trans: "tweets",
  },
];
const only = process.env.VARIANTS?.split(",").map(Number);
const f3 = (v: number) => v.toFixed(3);
const foldOf = (i: number) => i % FOLDS;
const wanted = (vi: number) => !only || only.includes(vi);
// tables without the pairs of some folds: a tweet's feature never comes from a table that saw it
const tableCache = new Map<string, Translation>();
function tableWithout(folds: number[], withTweets: boolean): Translation {
  const key = `${withTweets}/${[...folds].sort().join(",")}`;
  let t = tableCache.get(key);
  if (!t) {
    t = withTweets
      ? translationFor(train.filter((_, i) => !folds.includes(foldOf(i))))
      : translationFor([]);
    tableCache.set(key, t);
  }
  return t;
}

variants.forEach((v, vi) => {
  if (!wanted(vi)) return;
  const tw = v.trans === "tweets";
  /** features of the listed train tweets (or dev), the tweet's own fold always left out */
  const xsOf = (ls: List[], emb: number[][][], tableFor: ((n: number) => Translation) | null) =>
    ls.map((l, n) => {
      const tf = v.trans !== "none" && tableFor ? translationFeatures(tableFor(n), l) : null;
      return l.base.map((b, i) => [
        ...b,
        ...v.emb.map((k) => (emb[n] as number[][])[i]?.[k] as number),
        ...(tf ? (tf[i] as number[]) : []),
      ]);
    });
  let cv = 0;
  const trainIdx = train.map((_, i) => i);
  for (let f = 0; f < FOLDS; f++) {
    const inIdx = trainIdx.filter((i) => foldOf(i) !== f);
    const heldIdx = trainIdx.filter((i) => foldOf(i) === f);
    const w = fit(
      inIdx.map((i) => train[i] as List),
      xsOf(
        inIdx.map((i) => train[i] as List),
        inIdx.map((i) => embTrain[i] as number[][]),
        (n) => tableWithout(tw ? [f, foldOf(inIdx[n] as number)] : [], tw),
      ),
    );
    cv +=
      evaluate(
        heldIdx.map((i) => train[i] as List),
        xsOf(
          heldIdx.map((i) => train[i] as List),
          heldIdx.map((i) => embTrain[i] as number[][]),
          () => tableWithout(tw ? [f] : [], tw),
        ),
        w,
      ).map * heldIdx.length;
  }
  const xTrain = xsOf(train, embTrain, (n) => tableWithout(tw ? [foldOf(n)] : [], tw));
  const w = fit(train, xTrain);
  const s = evaluate(train, xTrain, w);
  const d = evaluate(
    dev,
    xsOf(dev, embDev, () => tableWithout([], tw)),
    w,
  );
  log(
    `${v.name}: train CV ${(cv / train.length).toFixed(4)}; train ${f3(s.map)} / ${f3(s.r1)} / ${f3(s.rk)}; dev ${f3(d.map)} / ${f3(d.r1)} / ${f3(d.rk)}; extra weights ${w.slice(24).map(f3).join(", ")}`,
  );
});

// --- candidate expansion: where the claims missed by retrieval rank by word-vector cosine
if (process.env.EXPANSION) {
  const all = readVerifiedClaims().map((c) => index.get(c.id) as IndexedClaim);
  const centroids = all.map((e) => centroid(e.stems));
  for (const [name, ls] of [
    ["train", train],
    ["dev", dev],
  ] as const) {
    const ranks: number[] = [];
    let missed = 0;
    for (const l of ls) {
      const gold = [...l.tweet.relevant];
      if (gold.some((g) => l.ids.includes(g))) continue;
      missed += 1;
      const qc = centroid(l.stems);
      const scores = centroids.map((c) => cosine(qc, c));
      const goldAt = all.findIndex((e) => e.claim.id === gold[0]);
      const g = scores[goldAt] as number;
      ranks.push(scores.filter((s) => s > g).length + 1);
    }
    log(
      `${name}: ${missed} outside the candidates; their rank by cosine: ${ranks.sort((a, b) => a - b).join(" ")}`,
    );
  }
}
