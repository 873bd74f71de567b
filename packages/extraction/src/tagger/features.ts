/**
 * Token features of the attribution tagger (src/tagger/tagger.ts). One function used both by
 * the training script and at run time, so the two cannot drift apart. Each feature is a short
 * string; the tag history (previous two tags) is appended by the decoder.
 */
import { SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import type { Token } from "../tokenize.ts";

export const TAGS = ["O", "S", "Q", "C"] as const;
export type Tag = 0 | 1 | 2 | 3;
export const TAG_O = 0;
export const TAG_S = 1;
export const TAG_Q = 2;
export const TAG_C = 3;

const EXTRA_CUES = new Set(["according", "statement", "interview", "tweet", "tweeted", "wrote"]);

/** A word that may be (part of) a cue: a verb of saying/believing or "according". */
export function cueWord(lower: string): string | null {
  const lemma = SPEECH_VERBS.get(lower);
  if (lemma) return lemma;
  return EXTRA_CUES.has(lower) ? lower : null;
}

function bucket(d: number): string {
  if (d <= 3) return String(d);
  if (d <= 6) return "4";
  if (d <= 12) return "7";
  return "13";
}

function shape(t: Token): string {
  if (!t.word) return t.text === '"' || t.text === "“" || t.text === "”" ? "q" : t.text;
  if (t.numeric) return "9";
  if (t.acronym) return "A";
  return t.cap ? "X" : "x";
}

/** Per-token static features of one sentence (everything but the tag history). */
export function sentenceFeatures(tokens: readonly Token[]): string[][] {
  const n = tokens.length;
  const low = tokens.map((t) => (t.word ? t.lower : shape(t)));
  const cueAt: (string | null)[] = low.map((w) => cueWord(w));
  const prevCue: number[] = new Array(n);
  const nextCue: number[] = new Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    prevCue[i] = last;
    if (cueAt[i]) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    nextCue[i] = last;
    if (cueAt[i]) last = i;
  }
  let anyQuote = false;
  for (const t of tokens) if (t.inQuote) anyQuote = true;
  const first = low[0] ?? "";
  const out: string[][] = [];
  let commaSinceCue = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const w = low[i] as string;
    const p1 = i > 0 ? (low[i - 1] as string) : "<s>";
    const p2 = i > 1 ? (low[i - 2] as string) : "<s>";
    const n1 = i + 1 < n ? (low[i + 1] as string) : "</s>";
    const n2 = i + 2 < n ? (low[i + 2] as string) : "</s>";
    const sh = shape(t);
    const pc = prevCue[i] as number;
    const nc = nextCue[i] as number;
    if (i > 0 && cueAt[i - 1]) commaSinceCue = false;
    const f = [
      "b",
      `w=${w}`,
      `p1=${p1}`,
      `p2=${p2}`,
      `n1=${n1}`,
      `n2=${n2}`,
      `pw=${p1}|${w}`,
      `wn=${w}|${n1}`,
      `sh=${sh}${t.inQuote ? "q" : ""}`,
      `shc=${i > 0 ? shape(tokens[i - 1] as Token) : "<"}${sh}${i + 1 < n ? shape(tokens[i + 1] as Token) : ">"}`,
      `s3=${w.length > 3 ? w.slice(-3) : w}`,
      `pos=${bucket(i)}`,
      `rem=${bucket(n - 1 - i)}`,
      `first=${first}`,
      `sq=${anyQuote ? 1 : 0}`,
    ];
    if (cueAt[i]) f.push(`cue=${cueAt[i]}`, `cuep=${p1}|${cueAt[i]}`);
    if (pc >= 0) {
      f.push(
        `pc=${bucket(i - pc)}`,
        `pcw=${cueAt[pc]}`,
        `pcn=${cueAt[pc]}|${low[pc + 1] ?? ""}`,
        `pcc=${commaSinceCue ? 1 : 0}`,
      );
    } else f.push("pc=none");
    if (nc >= 0)
      f.push(`nc=${bucket(nc - i)}`, `ncw=${cueAt[nc]}`, `ncp=${low[nc - 1]}|${cueAt[nc]}`);
    else f.push("nc=none");
    out.push(f);
    if (w === "," && pc >= 0) commaSinceCue = true;
  }
  return out;
}

/** The history features appended for tag t-1 = a, t-2 = b. */
export function historyFeatures(a: number, b: number, w: string): string[] {
  return [`t1=${a}`, `t12=${a}${b}`, `t1w=${a}|${w}`];
}
