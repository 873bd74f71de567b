// Trains the matcher's re-ranker on CheckThat! 2020 Task 2 train (800 tweets, read from
// ../shared, never copied) and calibrates its two thresholds on dev (197 tweets), then writes the
// weights, with where they came from, to src/matching/reranker-model.ts.
//
//   pnpm --filter @claimdesk/search train-reranker
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  ClaimMatcher,
  COVERAGE_CAP,
  capScore,
  NUMBER_CONFLICT_CAP,
  PER_STEM_CAP,
  RERANK_DEPTH,
} from "../../src/matching/claim-matcher.ts";
import { FEATURE_NAMES } from "../../src/matching/match-features.ts";
import {
  shippedTranslations,
  type WordTranslations,
} from "../../src/matching/word-translations.ts";
import {
  checkedClaimsOf,
  checkthatAvailable,
  readTweets,
  readVerifiedClaims,
} from "./read-checkthat.ts";
import { type LogisticModel, predict, trainLogistic } from "./train-logistic.ts";
import { buildTranslations, FOLDS, foldOf } from "./train-translations.ts";

if (!checkthatAvailable()) {
  console.error(
    "CheckThat! 2020 data not found in ../shared/datasets/checkthat-2020-task2: nothing to train on",
  );
  process.exit(2);
}
// the matcher as it serves (same candidates: BM25F, phrases, typo corrections; same features)
const matcher = new ClaimMatcher(checkedClaimsOf(readVerifiedClaims()));

interface List {
  relevant: Set<string>;
  stems: number;
  ids: string[];
  x: number[][];
}
// A train tweet's features come from the translation table learned without its fold (it would
// otherwise have learned the tweet's own pair); dev's from the shipped table.
const foldTables = Array.from({ length: FOLDS }, (_, f) =>
  buildTranslations(matcher, { withoutFolds: [f] }),
);
function lists(split: "train" | "dev"): List[] {
  return readTweets(split).map((t, i) => {
    matcher.translations =
      split === "train" ? (foldTables[foldOf(i)] as WordTranslations) : shippedTranslations();
    const { query, ranked } = matcher.rankCandidates(t.text);
    return {
      relevant: t.relevant,
      stems: new Set(query.stems).size,
      ids: ranked.map((r) => r.candidate.entry.claim.id),
      x: ranked.map((r) => r.features.values),
    };
  });
}
const train = lists("train");
const dev = lists("dev");

// 1. ranking: pairwise logistic regression (relevant minus each other candidate of its tweet)
const pairs: number[][] = [];
const pairLabels: number[] = [];
for (const q of train) {
  q.ids.forEach((id, i) => {
    if (!q.relevant.has(id)) return;
    q.ids.forEach((other, j) => {
      if (q.relevant.has(other)) return;
      const d = (q.x[i] as number[]).map((v, k) => v - ((q.x[j] as number[])[k] as number));
      pairs.push(
        d,
        d.map((v) => -v),
      );
      pairLabels.push(1, 0);
    });
  });
}
const ranker = trainLogistic(pairs, pairLabels, { epochs: 1500, l2: 1e-4 });
const rankOf = (x: number[]) => x.reduce((z, v, i) => z + v * (ranker.weights[i] as number), 0);

// 2. calibration: P(same claim) from the candidate's rank score and its margin over the best other
function calibrationRows(ls: List[]) {
  const rows: number[][] = [];
  const labels: number[] = [];
  const meta: { list: number; relevant: boolean; x: number[] }[] = [];
  ls.forEach((q, n) => {
    const scored = q.ids
      .map((id, i) => ({ id, s: rankOf(q.x[i] as number[]), x: q.x[i] as number[] }))
      .sort((a, b) => b.s - a.s);
    scored.forEach((c, i) => {
      const other = i === 0 ? (scored[1]?.s ?? c.s - 2) : (scored[0]?.s as number);
      rows.push([c.s, c.s - other]);
      labels.push(q.relevant.has(c.id) ? 1 : 0);
      meta.push({ list: n, relevant: q.relevant.has(c.id), x: c.x });
    });
  });
  return { rows, labels, meta };
}
const trainCal = calibrationRows(train);
const calibration: LogisticModel = trainLogistic(trainCal.rows, trainCal.labels, {
  epochs: 3000,
  l2: 0,
});

// 3. thresholds on dev: the lowest score at which a shown match is right 80 % ("likely") and
// 95 % ("same") of the time
function precisionAt(cal: ReturnType<typeof calibrationRows>, ls: List[], threshold: number) {
  let shown = 0;
  let right = 0;
  const found = new Set<number>();
  cal.rows.forEach((row, i) => {
    const m = cal.meta[i] as { list: number; relevant: boolean; x: number[] };
    if (capScore(predict(calibration, row), m.x, (ls[m.list] as List).stems) < threshold) return;
    shown += 1;
    if (m.relevant) {
      right += 1;
      found.add(m.list);
    }
  });
  return { precision: shown ? right / shown : 1, shown, recall: found.size / ls.length };
}
const devCal = calibrationRows(dev);
function lowestWith(target: number): number {
  for (let t = 0.05; t <= 0.99; t += 0.01) {
    const t2 = Math.round(t * 100) / 100;
    let ok = true;
    for (let u = t2; u <= 0.99; u += 0.01)
      if (precisionAt(devCal, dev, u).precision < target) ok = false;
    if (ok) return t2;
  }
  return 0.99;
}
const likely = lowestWith(0.8);
const same = Math.max(lowestWith(0.95), likely);
const report = (name: string, t: number) => {
  const d = precisionAt(devCal, dev, t);
  const tr = precisionAt(trainCal, train, t);
  return `${name} >= ${t}: dev precision ${(d.precision * 100).toFixed(1)} % (${d.shown} shown, recall ${(d.recall * 100).toFixed(1)} %), train precision ${(tr.precision * 100).toFixed(1)} % (recall ${(tr.recall * 100).toFixed(1)} %)`;
};
const lines = [report("likely", likely), report("same", same)];
console.log(lines.join("\n"));

const round = (v: number) => Math.round(v * 1e4) / 1e4;
const file = `// Generated by scripts/checkthat/train-reranker.ts (${new Date().toISOString().slice(0, 10)}); do not edit by hand.
// Provenance: trained on CheckThat! 2020 Task 2 English train (800 tweets, sshaar/clef2020-
// factchecking-task2 data v3, read from ../shared, not shipped) against its 10,375 verified claims
// as the archive; ranking weights by pairwise logistic regression over the features of
// match-features.ts for the top ${RERANK_DEPTH} BM25F candidates (claim_translated of a train tweet
// from the translation table learned without its fold, train-translations.ts); calibration by logistic
// regression on train, capped (capScore) at ${COVERAGE_CAP} + the claim's coverage, at
// ${PER_STEM_CAP} per distinct stem of the statement and at ${NUMBER_CONFLICT_CAP} when numbers conflict;
// thresholds chosen on dev (197 tweets):
${lines.map((l) => `//   ${l}`).join("\n")}
export const RERANKER = {
  features: ${JSON.stringify(FEATURE_NAMES)},
  weights: ${JSON.stringify(ranker.weights.map(round))} as readonly number[],
  calibration: { slope: ${round(calibration.weights[0] as number)}, margin: ${round(calibration.weights[1] as number)}, bias: ${round(calibration.bias)} },
  thresholds: { likely: ${likely}, same: ${same} },
} as const;
`;
writeFileSync(resolve(import.meta.dirname, "../../src/matching/reranker-model.ts"), file);
console.log("wrote src/matching/reranker-model.ts");
