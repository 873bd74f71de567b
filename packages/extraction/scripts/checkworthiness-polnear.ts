/**
 * Check-worthiness precision on PolNeAR dev, by hand marks.
 *
 *   pnpm --filter @claimdesk/extraction run eval:checkworthy [-- --list]
 *
 * polnear/checkworthy-dev.tsv holds one reviewer's yes/no ("would a fact-checker take this
 * claim?") for the top 10 queued claims of each of the 84 dev articles, by article name and
 * character offsets only (no corpus text is stored here). The script rebuilds the queue the way
 * @claimdesk/core does (score ≥ 0.5, one per fingerprint, most check-worthy first), and reports
 * the share of marked "yes" among the queued claims that have a mark. Queued claims without a
 * mark (the extractor changed since the marking) are counted and, with --list, printed.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractStatements } from "../src/index.ts";
import { loadSplit, POLNEAR_ROOT } from "./polnear/corpus.ts";
import { queuedClaims } from "./polnear/queue.ts";

const here = dirname(fileURLToPath(import.meta.url));
const marksFile = join(here, "..", "polnear", "checkworthy-dev.tsv");
const marks = new Map<string, boolean>();
for (const line of readFileSync(marksFile, "utf8").split("\n").slice(1)) {
  const [article, start, end, take] = line.split("\t");
  if (article && start && end && take) marks.set(`${article}:${start}:${end}`, take === "yes");
}

const articles = loadSplit("dev");
if (articles.length === 0) {
  console.log(`PolNeAR dev not found under ${POLNEAR_ROOT}; skipped`);
  process.exit(0);
}
let queued = 0;
let marked = 0;
let yes = 0;
const unmarked: string[] = [];
const byKind: Record<string, { marked: number; yes: number }> = {};
for (const a of articles) {
  for (const s of queuedClaims(extractStatements(a.text).statements)) {
    queued++;
    const take = marks.get(`${a.name}:${s.start}:${s.end}`);
    if (take === undefined) {
      unmarked.push(`${a.name}\t${s.start}\t${s.end}\t${s.kind}\t${s.text.slice(0, 120)}`);
      continue;
    }
    marked++;
    const k = byKind[s.kind] ?? { marked: 0, yes: 0 };
    byKind[s.kind] = k;
    k.marked++;
    if (take) {
      yes++;
      k.yes++;
    }
  }
}
const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
console.log(`PolNeAR dev: ${articles.length} articles, ${queued} claims in the top-10 queues`);
console.log(`check-worthy (marked yes): ${pct(yes, marked)} (${yes}/${marked} marked claims)`);
for (const [kind, k] of Object.entries(byKind).sort())
  console.log(`  ${kind.padEnd(12)} ${pct(k.yes, k.marked).padStart(6)} (${k.yes}/${k.marked})`);
console.log(`queued claims without a mark: ${unmarked.length}`);
if (process.argv.includes("--list")) for (const u of unmarked) console.log(u);
