/**
 * Scores the extractor on PolNeAR (read from ../shared/datasets/polnear, never copied here)
 * by the corpus README's judging rule.
 *
 *   pnpm --filter @claimdesk/extraction run eval:polnear [-- --split dev|train] [--check]
 *     [--predictions out.jsonl] [--dump misses.json]
 *
 * --predictions scores the lines of `claimdesk extract --json <dir>` (one per article, in
 * file-name order) instead of calling the extractor. --check exits 1 when a target is missed.
 * Gold kinds: direct (content opens with a double quotation mark or ''), mixed (a clause of 5+
 * words with quotation marks inside), speech (no marks, 5+ words, a verb-of-saying cue); one
 * annotator per article (the first by file name).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extractStatements } from "../src/index.ts";
import { loadSplit, POLNEAR_ROOT } from "./polnear/corpus.ts";
import { emptyScore, type PredictedStatement, scoreArticle } from "./polnear/score.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const TARGETS = {
  direct: { found: 0.97, speaker: 0.94 },
  mixed: { found: 0.85, speaker: 0.92 },
  speech: { found: 0.85, speaker: 0.92 },
  precision: 0.92,
};

const split = arg("split") ?? "dev";
// --fold N: only every Nth article (i % N === 0): the part of train a --holdout N tagger never saw.
const fold = Number(arg("fold") ?? 0);
const articles = loadSplit(split).filter((_, i) => fold === 0 || i % fold === 0);
if (articles.length === 0) {
  console.log(`PolNeAR ${split} not found under ${POLNEAR_ROOT}; skipped`);
  process.exit(0);
}
const predictionsFile = arg("predictions");
const lines = predictionsFile
  ? readFileSync(predictionsFile, "utf8").split("\n").filter(Boolean)
  : [];
const score = emptyScore();
const t0 = performance.now();
articles.forEach((a, i) => {
  let statements: PredictedStatement[];
  if (predictionsFile) statements = JSON.parse(lines[i] ?? '{"statements":[]}').statements;
  else statements = extractStatements(a.text).statements;
  for (const s of statements)
    if (a.text.slice(s.start, s.end) !== s.text)
      throw new Error(`${a.name}: offsets ${s.start}-${s.end} do not match the text`);
  scoreArticle(a, statements, score);
});
const ms = performance.now() - t0;

const pct = (a: number, b: number) => (b === 0 ? "  n/a" : `${((100 * a) / b).toFixed(1)}%`);
let ok = true;
console.log(`PolNeAR ${split}: ${articles.length} articles (${ms.toFixed(0)} ms)`);
for (const kind of ["direct", "mixed", "speech"] as const) {
  const k = score.kinds[kind];
  const t = TARGETS[kind];
  const fr = k.found / k.gold;
  const sr = k.speakerRight / Math.max(1, k.withSource);
  if (fr < t.found || sr < t.speaker) ok = false;
  console.log(
    `${kind.padEnd(7)} found ${pct(k.found, k.gold).padStart(6)} (${k.found}/${k.gold})  ` +
      `right speaker ${pct(k.speakerRight, k.withSource).padStart(6)} (${k.speakerRight}/${k.withSource})` +
      `  (wide ${pct(k.speakerRightWide, k.withSource)})  target ${t.found * 100}% / ${t.speaker * 100}%`,
  );
}
for (const [kind, p] of Object.entries(score.precision).sort()) {
  if (
    (kind === "direct_quote" || kind === "reported") &&
    p.correct / p.predicted < TARGETS.precision
  )
    ok = false;
  console.log(
    `precision ${kind.padEnd(12)} ${pct(p.correct, p.predicted).padStart(6)} (${p.correct}/${p.predicted})`,
  );
}
const o = score.overlap;
console.log(
  `any overlap: recall ${pct(o.judgedHit, o.judged)} of the ${o.judged} judged attributions, ${pct(o.goldHit, o.gold)} of all ${o.gold} (beliefs, noun phrases too); precision ${pct(o.predictedHit, o.predicted)}`,
);
const dump = arg("dump");
if (dump)
  writeFileSync(dump, JSON.stringify({ misses: score.misses, wrong: score.wrong }, null, 1));
console.log(ok ? "all targets met" : "targets missed");
if (process.argv.includes("--check") && !ok) process.exit(1);
