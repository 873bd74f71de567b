/**
 * Trains the attribution tagger (src/tagger) on PolNeAR train (read from ../shared, never
 * copied) and writes src/tagger/generated/weights.ts with its provenance.
 *
 *   pnpm --filter @claimdesk/extraction run train:tagger [-- --epochs 6 --min-count 3]
 *
 * Labels per token of the pipeline's own sentences: C inside a gold content, else S inside a
 * source, else Q inside a cue, else O (all attributions, one annotator per article). Averaged
 * perceptron, greedy left-to-right decoding with the predicted tag history, fixed shuffle seed.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDocument } from "../src/build-document.ts";
import { historyFeatures, sentenceFeatures, TAG_C, TAG_Q, TAG_S } from "../src/tagger/features.ts";
import type { Token } from "../src/tokenize.ts";
import { loadSplit } from "./polnear/corpus.ts";

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}
const EPOCHS = arg("epochs", 6);
const MIN_COUNT = arg("min-count", 3);
const SCALE = 100;

interface Example {
  tokens: Token[];
  feats: string[][];
  gold: number[];
}

const t0 = Date.now();
// --holdout N: leave out every Nth train article (i % N === 0), to tune thresholds on them.
const HOLDOUT = arg("holdout", 0);
const articles = loadSplit("train").filter((_, i) => HOLDOUT === 0 || i % HOLDOUT !== 0);
if (articles.length === 0) throw new Error("PolNeAR train not found under ../shared");
const examples: Example[] = [];
for (const a of articles) {
  const { model } = prepareDocument(a.text);
  const label = new Uint8Array(a.text.length + 1);
  // Where spans overlap (nested attributions): content over source over cue.
  const RANK = [0, 2, 1, 3]; // by tag O, S, Q, C
  const rank = new Uint8Array(a.text.length + 1);
  const paintRank = (spans: { start: number; end: number }[] | null, tag: number) => {
    for (const s of spans ?? [])
      for (let i = s.start; i < s.end; i++)
        if ((RANK[tag] as number) > (rank[i] as number)) {
          rank[i] = RANK[tag] as number;
          label[i] = tag;
        }
  };
  for (const g of a.attributions) {
    paintRank(g.content, TAG_C);
    paintRank(g.source, TAG_S);
    paintRank(g.cue, TAG_Q);
  }
  for (const s of model.sentences) {
    if (s.tokens.length === 0) continue;
    const gold = s.tokens.map((t) => label[t.start] as number);
    examples.push({ tokens: s.tokens, feats: sentenceFeatures(s.tokens), gold });
  }
}
console.log(`${articles.length} articles, ${examples.length} sentences (${Date.now() - t0} ms)`);

interface Entry {
  w: Float64Array;
  tot: Float64Array;
  ts: Float64Array;
  count: number;
}
const W = new Map<string, Entry>();
let clock = 0;
function entry(f: string): Entry {
  let e = W.get(f);
  if (!e) {
    e = { w: new Float64Array(4), tot: new Float64Array(4), ts: new Float64Array(4), count: 0 };
    W.set(f, e);
  }
  return e;
}
function update(f: string, k: number, d: number) {
  const e = entry(f);
  e.tot[k] = (e.tot[k] as number) + (clock - (e.ts[k] as number)) * (e.w[k] as number);
  e.ts[k] = clock;
  e.w[k] = (e.w[k] as number) + d;
}
const scores = new Float64Array(4);
function score(feats: readonly string[]) {
  for (const f of feats) {
    const e = W.get(f);
    if (!e) continue;
    for (let k = 0; k < 4; k++) scores[k] = (scores[k] as number) + (e.w[k] as number);
  }
}

// Feature counts (for pruning): static features once per token.
for (const ex of examples) for (const fs of ex.feats) for (const f of fs) entry(f).count++;

let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const order = examples.map((_, i) => i);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  let right = 0;
  let total = 0;
  for (const idx of order) {
    const ex = examples[idx] as Example;
    const pred: number[] = [];
    for (let i = 0; i < ex.tokens.length; i++) {
      clock++;
      const t = ex.tokens[i] as Token;
      const hist = historyFeatures(
        i > 0 ? (pred[i - 1] as number) : 9,
        i > 1 ? (pred[i - 2] as number) : 9,
        t.word ? t.lower : t.text,
      );
      scores.fill(0);
      score(ex.feats[i] as string[]);
      score(hist);
      let best = 0;
      for (let k = 1; k < 4; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
      const g = ex.gold[i] as number;
      if (best !== g) {
        for (const f of [...(ex.feats[i] as string[]), ...hist]) {
          update(f, g, 1);
          update(f, best, -1);
        }
      } else right++;
      total++;
      pred.push(best);
    }
  }
  console.log(
    `epoch ${epoch + 1}: train token accuracy (online) ${((100 * right) / total).toFixed(2)}%`,
  );
}

// Average, prune, write.
const lines: string[] = [];
for (const [f, e] of W) {
  const hist = f.startsWith("t1=") || f.startsWith("t12=") || f.startsWith("t1w=");
  if (!hist && e.count < MIN_COUNT) continue;
  const v: number[] = [];
  let any = false;
  for (let k = 0; k < 4; k++) {
    const tot = (e.tot[k] as number) + (clock - (e.ts[k] as number)) * (e.w[k] as number);
    const r = Math.round((SCALE * tot) / clock);
    if (r !== 0) any = true;
    v.push(r);
  }
  if (any) lines.push(`${f}\t${v.join(" ")}`);
}
lines.sort();
const date = new Date().toISOString().slice(0, 10);
const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf("--out");
const out =
  outArg >= 0
    ? (process.argv[outArg + 1] as string)
    : join(here, "..", "src", "tagger", "generated", "weights.ts");
const header = `/**
 * GENERATED by scripts/train-tagger.ts — do not edit. Averaged-perceptron weights of the
 * attribution tagger (tags O/S/Q/C), learned from PolNeAR v1.0.0 (Newell, Margolin, Ruths,
 * LREC 2018; networkdynamics/PolNeAR), train split (${articles.length} articles${HOLDOUT ? `, every ${HOLDOUT}th left out` : ""}, ${examples.length} sentences,
 * first annotator per article), ${EPOCHS} epochs, features seen < ${MIN_COUNT} times dropped, weights × ${SCALE}.
 * Trained ${date}. Holds feature names (words, word pairs) and numbers, no article text.
 * Metrics: see packages/extraction/README.md ("Tagger") and docs/decisions/012.
 */
`;
const body = [String(SCALE), ...lines].join("\n");
writeFileSync(out, `${header}export const WEIGHTS: string = ${JSON.stringify(body)};\n`);
console.log(
  `${lines.length} features → ${out} (${(body.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);
