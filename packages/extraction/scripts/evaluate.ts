/**
 * Scores the extractor against annotated fixtures.
 *
 *   pnpm --filter @claimdesk/extraction run eval [-- --set fixtures|blind|fresh|all] [--verbose]
 *
 * Sets: `fixtures` (written together with the rules, optimistic) and `blind` (fixtures-blind/,
 * written before reading the rules: the honest estimate for unseen articles). Default `all`:
 * each set is reported separately, then both combined.
 *
 * Each <set>/*.json names an article ("article": file beside it, or "path": relative to the
 * repo root, e.g. ../shared/... which is skipped when absent) and lists expected statements
 * (kind, text or a distinctive substring, speaker or list of accepted speakers), headings and
 * lines that must not be statements. Prints precision/recall per kind and speaker accuracy per
 * article and overall; exits 1 when a target is missed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ExtractedStatement, extractStatements, type StatementKind } from "../src/index.ts";

const here = dirname(fileURLToPath(import.meta.url));
const SETS: Record<string, string> = {
  fixtures: join(here, "..", "fixtures"),
  blind: join(here, "..", "fixtures-blind"),
  fresh: join(here, "..", "fixtures-fresh"),
};
const REPO_ROOT = resolve(here, "..", "..", "..");
const verbose = process.argv.includes("--verbose");

function setArgument(argv: string[]): string {
  const i = argv.findIndex((a) => a === "--set" || a.startsWith("--set="));
  if (i < 0) return "all";
  const arg = argv[i] ?? "";
  const value = arg.startsWith("--set=") ? arg.slice(6) : argv[i + 1];
  if (value === undefined || (value !== "all" && !(value in SETS))) {
    console.error(`unknown --set ${value ?? "(missing)"}; use fixtures, blind, fresh or all`);
    process.exit(2);
  }
  return value;
}

/** Fixture annotations predate the mixed kind: they call it reported. */
type FixtureKind = Exclude<StatementKind, "mixed">;

export const TARGETS = {
  quoteRecall: 0.95,
  quoteSpeaker: 0.9,
  reportedRecall: 0.8,
  reportedSpeaker: 0.85,
};

interface Expected {
  kind: FixtureKind;
  text: string;
  speaker?: string | string[] | null;
}

interface Annotation {
  article?: string;
  path?: string;
  headings?: string[];
  not_statements?: string[];
  statements: Expected[];
}

interface Tally {
  expected: number;
  found: number;
  predicted: number;
  correctPredicted: number;
  speakerChecked: number;
  speakerRight: number;
}

/** question: a reported question ("asked whether …"), informational (no target). */
const KINDS: FixtureKind[] = ["direct_quote", "reported", "question", "assertion"];

function emptyTally(): Tally {
  return {
    expected: 0,
    found: 0,
    predicted: 0,
    correctPredicted: 0,
    speakerChecked: 0,
    speakerRight: 0,
  };
}

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^[\s"'.,;:!?—–-]+|[\s"'.,;:!?—–-]+$/g, "");
}

function normalizeSpeaker(s: string): string {
  return normalize(s)
    .replace(/^(the|a|an)\s+/, "")
    .replace(/'s$/, "")
    .replace(/\b(mr|mrs|ms|dr|prof)\.?\s+/g, "");
}

/** A prediction matches when it contains the expected text, or is a large part of it. */
export function textMatches(predicted: string, expected: string): boolean {
  const p = normalize(predicted);
  const e = normalize(expected);
  if (p.length === 0 || e.length === 0) return false;
  if (p.includes(e)) return true;
  return e.includes(p) && p.length >= 0.6 * e.length;
}

function speakerMatches(predicted: string | null, expected: Expected["speaker"]): boolean {
  if (expected === undefined) return true;
  const options = Array.isArray(expected) ? expected : [expected];
  return options.some((o) =>
    o === null
      ? predicted === null
      : predicted !== null && normalizeSpeaker(predicted) === normalizeSpeaker(o),
  );
}

function pct(n: number, d: number): string {
  return d === 0 ? "   -  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

interface SetResult {
  tally: Record<FixtureKind, Tally>;
  headingViolations: number;
  articles: number;
}

function emptyResult(): SetResult {
  return {
    tally: {
      direct_quote: emptyTally(),
      reported: emptyTally(),
      question: emptyTally(),
      assertion: emptyTally(),
    },
    headingViolations: 0,
    articles: 0,
  };
}

function addInto(into: SetResult, from: SetResult): void {
  into.articles += from.articles;
  into.headingViolations += from.headingViolations;
  for (const kind of KINDS) {
    const o = into.tally[kind];
    const t = from.tally[kind];
    o.expected += t.expected;
    o.found += t.found;
    o.predicted += t.predicted;
    o.correctPredicted += t.correctPredicted;
    o.speakerChecked += t.speakerChecked;
    o.speakerRight += t.speakerRight;
  }
}

function evaluateSet(name: string, dir: string): SetResult {
  const res = emptyResult();
  const overall = res.tally;
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  console.log(`=== set: ${name} (${dir})`);
  console.log("kind          P        R        speaker   (per article: found/expected)\n");
  for (const file of files) {
    const ann = JSON.parse(readFileSync(join(dir, file), "utf8")) as Annotation;
    const articlePath = ann.article ? join(dir, ann.article) : join(REPO_ROOT, ann.path ?? "");
    if (!existsSync(articlePath)) {
      console.log(
        `${file}: SKIPPED — ${ann.path ?? ann.article} not found (is ../shared absent?)\n`,
      );
      continue;
    }
    res.articles++;
    const input = readFileSync(articlePath, "utf8");
    const result = extractStatements(input);
    const local: Record<FixtureKind, Tally> = {
      direct_quote: emptyTally(),
      reported: emptyTally(),
      question: emptyTally(),
      assertion: emptyTally(),
    };
    const notes: string[] = [];
    for (const kind of KINDS) {
      const expected = ann.statements.filter((s) => s.kind === kind);
      // A mixed statement (paraphrase with quoted words) answers a "reported" annotation.
      const predicted = result.statements.filter(
        (s) => (s.kind === "mixed" ? "reported" : s.kind) === kind,
      );
      const t = local[kind];
      t.expected = expected.length;
      t.predicted = predicted.length;
      for (const exp of expected) {
        const hit = predicted.find((p) => textMatches(p.text, exp.text));
        if (!hit) {
          notes.push(`  MISSED ${kind}: "${exp.text}"`);
          continue;
        }
        t.found++;
        if (kind !== "assertion" && exp.speaker !== undefined) {
          t.speakerChecked++;
          if (speakerMatches(hit.speaker, exp.speaker)) t.speakerRight++;
          else
            notes.push(
              `  SPEAKER ${kind}: "${exp.text.slice(0, 50)}" got ${JSON.stringify(hit.speaker)}, want ${JSON.stringify(exp.speaker)}`,
            );
        }
      }
      for (const p of predicted) {
        if (expected.some((e) => textMatches(p.text, e.text))) t.correctPredicted++;
        else if (kind !== "assertion")
          notes.push(`  EXTRA ${kind}: "${p.text.slice(0, 80)}" (${p.speaker})`);
      }
    }
    // Headings and other lines that must never be statements.
    const forbidden = [...(ann.headings ?? []), ...(ann.not_statements ?? [])];
    for (const line of forbidden) {
      const bad = result.statements.find(
        (s: ExtractedStatement) =>
          normalize(s.text) === normalize(line) ||
          (normalize(line).includes(normalize(s.text)) &&
            normalize(s.text).length > 3 &&
            input.includes(line) &&
            isWholeLineSpan(input, s, line)),
      );
      if (bad) {
        res.headingViolations++;
        notes.push(`  HEADING/NON-STATEMENT returned: "${line}"`);
      }
    }
    console.log(file);
    for (const kind of KINDS) {
      const t = local[kind];
      const o = overall[kind];
      o.expected += t.expected;
      o.found += t.found;
      o.predicted += t.predicted;
      o.correctPredicted += t.correctPredicted;
      o.speakerChecked += t.speakerChecked;
      o.speakerRight += t.speakerRight;
      if (t.expected === 0 && t.predicted === 0) continue;
      console.log(
        `  ${kind.padEnd(13)}${pct(t.correctPredicted, t.predicted)}  ${pct(t.found, t.expected)}  ${kind === "assertion" ? "   n/a" : pct(t.speakerRight, t.speakerChecked)}   ${t.found}/${t.expected}`,
      );
    }
    if (verbose || notes.length > 0) for (const n of notes) console.log(n);
    console.log("");
  }
  return res;
}

function isWholeLineSpan(input: string, s: ExtractedStatement, line: string): boolean {
  const at = input.indexOf(line);
  return at >= 0 && s.start >= at && s.end <= at + line.length;
}

function report(label: string, res: SetResult): string[] {
  const failures: string[] = [];
  console.log(`${label} (${res.articles} articles)`);
  for (const kind of KINDS) {
    const t = res.tally[kind];
    console.log(
      `  ${kind.padEnd(13)}precision ${pct(t.correctPredicted, t.predicted)}  recall ${pct(t.found, t.expected)}  speaker ${kind === "assertion" ? "  n/a" : pct(t.speakerRight, t.speakerChecked)}   (${t.found}/${t.expected} found, ${t.predicted} predicted)`,
    );
  }
  console.log(`  headings/non-statements returned as statements: ${res.headingViolations}`);
  const q = res.tally.direct_quote;
  const r = res.tally.reported;
  if (ratio(q.found, q.expected) < TARGETS.quoteRecall)
    failures.push(`direct quote recall < ${TARGETS.quoteRecall}`);
  if (ratio(q.speakerRight, q.speakerChecked) < TARGETS.quoteSpeaker)
    failures.push(`direct quote speaker accuracy < ${TARGETS.quoteSpeaker}`);
  if (ratio(r.found, r.expected) < TARGETS.reportedRecall)
    failures.push(`reported recall < ${TARGETS.reportedRecall}`);
  if (ratio(r.speakerRight, r.speakerChecked) < TARGETS.reportedSpeaker)
    failures.push(`reported speaker accuracy < ${TARGETS.reportedSpeaker}`);
  if (res.headingViolations > 0)
    failures.push("a heading or non-statement line was returned as a statement");
  if (res.articles === 0) failures.push("no fixtures evaluated");
  console.log(
    failures.length > 0 ? `  FAIL: ${failures.join("; ")}\n` : "  PASS: all targets met\n",
  );
  return failures;
}

const chosen = setArgument(process.argv.slice(2));
const names = chosen === "all" ? Object.keys(SETS) : [chosen];
const results = names.map((n) => [n, evaluateSet(n, SETS[n] ?? "")] as const);
const allFailures: string[] = [];
for (const [n, res] of results) {
  for (const f of report(`SET ${n}`, res)) allFailures.push(`${n}: ${f}`);
}
if (results.length > 1) {
  const combined = emptyResult();
  for (const [, res] of results) addInto(combined, res);
  report("OVERALL (all sets)", combined);
}
if (allFailures.length > 0) {
  console.log(`FAIL: ${allFailures.join("; ")}`);
  process.exit(1);
}
console.log("PASS: all targets met in every set");
