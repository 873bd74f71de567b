/**
 * The PolNeAR judging rule (../shared/datasets/polnear/README.md) applied to extracted
 * statements: recall ("found") and speaker per gold kind, precision per extracted kind.
 */
import type { Article, GoldAttribution, GoldKind, Span } from "./corpus.ts";

export interface PredictedStatement {
  kind: string;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
}

export interface KindScore {
  gold: number;
  found: number;
  withSource: number;
  speakerRight: number;
  /** Right under the wider reading for pronoun/description sources (see windowWords). */
  speakerRightWide: number;
}

export interface Miss {
  article: string;
  kind: GoldKind;
  why: "missed" | "speaker";
  gold: GoldAttribution;
  speakers: (string | null)[];
}

export interface WrongStatement {
  article: string;
  statement: PredictedStatement;
}

export interface Score {
  kinds: Record<"direct" | "mixed" | "speech", KindScore>;
  precision: Record<string, { predicted: number; correct: number }>;
  misses: Miss[];
  wrong: WrongStatement[];
  /** Any overlap, all gold attributions (citron-style): gold hit / gold, statements hit / statements. */
  overlap: {
    gold: number;
    goldHit: number;
    judged: number;
    judgedHit: number;
    predicted: number;
    predictedHit: number;
  };
}

const STOP = new Set(
  `the a an of and for to in on at by with from his her their its our my this that these those he
she they it we i you him them us who which mr mrs ms dr sen rep gov president former vice secretary
chief executive director spokesman spokeswoman spokesperson chairman chair senator representative
governor mayor candidate nominee campaign manager s jr sr said says new own also`
    .split(/\s+/)
    .filter(Boolean),
);

const PRONOUN = new Set(
  "he she they it we i you him her them us his hers their its our one who".split(" "),
);

function words(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}][\p{L}’'-]*/gu) ?? [])
    .map((w) => w.replace(/[’']s?$/, "").replace(/’/g, "'"))
    .filter((w) => w.length >= 2 && !STOP.has(w));
}

/** Capitalised words of a source that are names (not the sentence's first determiner etc.). */
function properWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{Lu}][\p{L}’'.-]*/gu)) {
    const w = m[0]
      .replace(/[’']s?$/, "")
      .replace(/\.$/, "")
      .replace(/’/g, "'")
      .toLowerCase();
    if (w.length >= 2 && !STOP.has(w) && !PRONOUN.has(w)) out.push(w);
  }
  return out;
}

const MARKS = /[\s“”"'‘’«»]/;

function startOfSources(a: Article): { at: number; names: string[] }[] {
  const out: { at: number; names: string[] }[] = [];
  for (const g of a.attributions) {
    if (!g.source || !g.sourceText) continue;
    const names = properWords(g.sourceText);
    if (names.length > 0) out.push({ at: (g.source[0] as Span).start, names });
  }
  return out.sort((x, y) => x.at - y.at);
}

/** Name words a speaker may share with the gold source to count as right. */
function acceptedWords(a: Article, g: GoldAttribution, named: { at: number; names: string[] }[]) {
  let text = g.sourceText ?? "";
  // A few annotations swap the Source and Cue spans (source "said", cue "David Plouffe, …").
  if (/^(said|says|say|told|added)$/i.test(text.trim())) text = g.cueText;
  const proper = properWords(text);
  if (proper.length > 0) return new Set(proper);
  // A pronoun or description: the nearest proper-noun source before it (same entity in the
  // annotation's chain of sources); a description also matches its own head words.
  const at = g.source ? (g.source[0] as Span).start : 0;
  const accepted = new Set(words(text).filter((w) => !PRONOUN.has(w)));
  let best: { at: number; names: string[] } | undefined;
  for (const n of named) {
    if (n.at < at) best = n;
    else break;
  }
  // No earlier named source (headline pronoun, cataphora): the next one.
  if (!best) best = named.find((n) => n.at > at);
  for (const w of best?.names ?? []) accepted.add(w);
  // …or a name written earlier in the same paragraph, outside quotation marks ("Tina Houchins
  // had a question for the president. “…,” she said").
  // …or, when that paragraph names no one, the paragraph before it.
  let para = Math.max(0, a.text.lastIndexOf("\n", at - 1));
  const inPara = a.text.slice(para, at).replace(/[“"][^”"]*[”"]/g, " ");
  if (!/\p{Lu}[\p{L}’'.-]+\s+\p{Lu}/u.test(inPara)) {
    const prev = a.text.lastIndexOf("\n", Math.max(0, para - 2));
    if (prev >= 0) para = prev;
  }
  const before = a.text.slice(para, at).replace(/[“"][^”"]*[”"]/g, " ");
  for (const m of before.matchAll(/(?:\p{Lu}[\p{L}’'.-]+\s+)+\p{Lu}[\p{L}’'-]+/gu))
    for (const w of properWords(m[0])) accepted.add(w);
  void a;
  return accepted;
}

/**
 * The wider reading of "a proper-noun mention of the same entity in the article" for pronoun and
 * description sources: any capitalised name outside quotation marks in the source's paragraph
 * and the two paragraphs before it. The corpus does not link pronouns to entities, so the strict
 * reading (acceptedWords) guesses one antecedent; this one accepts any nearby named candidate.
 */
function windowWords(a: Article, g: GoldAttribution): Set<string> {
  const at = g.source ? (g.source[0] as Span).start : 0;
  let from = at;
  for (let p = 0; p < 3 && from > 0; p++) {
    const nl = a.text.lastIndexOf("\n\n", from - 1);
    from = Math.max(0, nl);
  }
  const text = a.text.slice(from, at).replace(/[“"][^”"]*[”"]/g, " ");
  return new Set(properWords(text));
}

export function scoreArticle(a: Article, predicted: PredictedStatement[], score: Score): void {
  const len = a.text.length;
  const direct = new Uint8Array(len + 1);
  const attributed = new Uint8Array(len + 1);
  const gold = new Uint8Array(len + 1);
  for (const s of predicted) {
    if (s.kind === "assertion") continue;
    attributed.fill(1, s.start, s.end);
    if (s.kind === "direct_quote") direct.fill(1, s.start, s.end);
  }
  for (const g of a.attributions) for (const sp of g.content) gold.fill(1, sp.start, sp.end);
  const named = startOfSources(a);
  for (const g of a.attributions) {
    if (g.kind === "other") continue;
    const ks = score.kinds[g.kind];
    ks.gold++;
    const mask = g.kind === "direct" ? direct : attributed;
    let total = 0;
    let covered = 0;
    for (const sp of g.content)
      for (let i = sp.start; i < sp.end; i++) {
        if (MARKS.test(a.text[i] ?? " ")) continue;
        total++;
        if (mask[i]) covered++;
      }
    const covering = predicted.filter(
      (s) =>
        s.kind !== "assertion" &&
        (g.kind !== "direct" || s.kind === "direct_quote") &&
        g.content.some((sp) => s.start < sp.end && sp.start < s.end),
    );
    if (total === 0 || covered * 2 < total) {
      score.misses.push({ article: a.name, kind: g.kind, why: "missed", gold: g, speakers: [] });
      continue;
    }
    ks.found++;
    if (!g.source) continue;
    ks.withSource++;
    const accepted = acceptedWords(a, g, named);
    const right = covering.some((s) => s.speaker && words(s.speaker).some((w) => accepted.has(w)));
    if (right) ks.speakerRight++;
    const wide =
      right ||
      (properWords(g.sourceText ?? "").length === 0 &&
        covering.some((s) => {
          const window = windowWords(a, g);
          return s.speaker && words(s.speaker).some((w) => window.has(w));
        }));
    if (wide) ks.speakerRightWide++;
    if (!right)
      score.misses.push({
        article: a.name,
        kind: g.kind,
        why: "speaker",
        gold: g,
        speakers: covering.map((s) => s.speaker),
      });
  }
  for (const g of a.attributions) {
    score.overlap.gold++;
    const hit = g.content.some((sp) => attributed.subarray(sp.start, sp.end).includes(1));
    if (hit) score.overlap.goldHit++;
    if (g.kind !== "other") {
      score.overlap.judged++;
      if (hit) score.overlap.judgedHit++;
    }
  }
  for (const s of predicted) {
    if (s.kind === "assertion") continue;
    score.overlap.predicted++;
    if (gold.subarray(s.start, s.end).includes(1)) score.overlap.predictedHit++;
    const p = score.precision[s.kind] ?? { predicted: 0, correct: 0 };
    score.precision[s.kind] = p;
    p.predicted++;
    let n = 0;
    let inside = 0;
    for (let i = s.start; i < s.end; i++) {
      if (/\s/.test(a.text[i] ?? " ")) continue;
      n++;
      if (gold[i]) inside++;
    }
    if (inside * 2 >= n) p.correct++;
    else score.wrong.push({ article: a.name, statement: s });
  }
}

export function emptyScore(): Score {
  const k = (): KindScore => ({
    gold: 0,
    found: 0,
    withSource: 0,
    speakerRight: 0,
    speakerRightWide: 0,
  });
  return {
    kinds: { direct: k(), mixed: k(), speech: k() },
    precision: {},
    misses: [],
    wrong: [],
    overlap: { gold: 0, goldHit: 0, judged: 0, judgedHit: 0, predicted: 0, predictedHit: 0 },
  };
}
