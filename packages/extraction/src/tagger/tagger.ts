/**
 * An averaged-perceptron tagger over a sentence's tokens: O (outside), S (source), Q (cue), C
 * (content), decoded greedily left to right with the two previous tags as features. Weights are
 * learned from PolNeAR train by scripts/train-tagger.ts and shipped in generated/weights.ts (see
 * the package README, "Provenance"). Linear in the sentence length.
 */
import type { Token } from "../tokenize.ts";
import { historyFeatures, sentenceFeatures, type Tag } from "./features.ts";
import { WEIGHTS } from "./generated/weights.ts";

export type WeightTable = Map<string, Float32Array>;

let table: WeightTable | null = null;

/** Parses the shipped weights once: "feature\tw0 w1 w2 w3" lines, integers × 1/scale. */
export function parseWeights(text: string): WeightTable {
  const lines = text.split("\n");
  const scale = Number(lines[0]);
  const m: WeightTable = new Map();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const tab = line.lastIndexOf("\t");
    if (tab < 0) continue;
    const parts = line.slice(tab + 1).split(" ");
    const v = new Float32Array(4);
    for (let k = 0; k < 4; k++) v[k] = Number(parts[k] ?? 0) / scale;
    m.set(line.slice(0, tab), v);
  }
  return m;
}

function weights(): WeightTable {
  if (!table) table = parseWeights(WEIGHTS);
  return table;
}

function add(scores: Float64Array, w: WeightTable, feats: readonly string[]): void {
  for (const f of feats) {
    const v = w.get(f);
    if (!v) continue;
    for (let k = 0; k < 4; k++) scores[k] = (scores[k] as number) + (v[k] as number);
  }
}

export interface TagResult {
  tags: Tag[];
  /** Margin of the chosen tag over the runner-up, per token. */
  margins: number[];
}

/** Tags one sentence's tokens. `w` defaults to the shipped weights. */
export function tagTokens(tokens: readonly Token[], w: WeightTable = weights()): TagResult {
  const feats = sentenceFeatures(tokens);
  const tags: Tag[] = [];
  const margins: number[] = [];
  const scores = new Float64Array(4);
  for (let i = 0; i < tokens.length; i++) {
    scores.fill(0);
    add(scores, w, feats[i] as string[]);
    const a = i > 0 ? (tags[i - 1] as number) : 9;
    const b = i > 1 ? (tags[i - 2] as number) : 9;
    const t = tokens[i] as Token;
    add(scores, w, historyFeatures(a, b, t.word ? t.lower : t.text));
    let best = 0;
    for (let k = 1; k < 4; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
    let second = -Infinity;
    for (let k = 0; k < 4; k++)
      if (k !== best && (scores[k] as number) > second) second = scores[k] as number;
    tags.push(best as Tag);
    margins.push((scores[best] as number) - second);
  }
  return { tags, margins };
}
