/**
 * Throughput benchmark on one core.
 *
 *   pnpm --filter @claimdesk/extraction run bench
 *
 * Builds articles by cycling the fixture paragraphs (so the text is realistic prose with quotes,
 * reported speech and headings) and reports articles/second at ~5 KB plus the time for 1 KB,
 * 100 KB and 1 MB inputs, which should grow roughly linearly.
 */

import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractStatements } from "../src/index.ts";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "fixtures");

const paragraphs: string[] = [];
for (const f of readdirSync(fixtures)
  .filter((n) => n.endsWith(".txt"))
  .sort()) {
  const lines = readFileSync(join(fixtures, f), "utf8").split("\n").slice(1);
  for (const l of lines) if (l.trim()) paragraphs.push(l.trim());
}

function article(bytes: number, offset = 0): string {
  const out = ["Benchmark Article Title"];
  let size = out[0]?.length ?? 0;
  let i = offset;
  while (size < bytes) {
    const p = paragraphs[i % paragraphs.length] as string;
    out.push(p);
    size += p.length + 1;
    i++;
  }
  return out.join("\n");
}

function time(fn: () => void, minMs = 300): { perRunMs: number; runs: number } {
  fn(); // warm-up
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || runs < 3) {
    fn();
    runs++;
    elapsed = performance.now() - t0;
  }
  return { perRunMs: elapsed / runs, runs };
}

console.log(
  `CPU: ${cpus()[0]?.model ?? "unknown"} (${cpus().length} logical cores; benchmark uses one)`,
);
console.log(`Node ${process.version}\n`);

const docs = Array.from({ length: 50 }, (_, k) => article(5 * 1024, k * 7));
let d = 0;
for (let i = 0; i < 20; i++) extractStatements(docs[i % docs.length] as string);
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < 2000) {
  extractStatements(docs[d] as string);
  d = (d + 1) % docs.length;
  n++;
}
const seconds = (performance.now() - t0) / 1000;
const perSec = n / seconds;
console.log(
  `~5 KB articles: ${perSec.toFixed(0)} articles/s (${((1000 * seconds) / n).toFixed(2)} ms each, ${n} runs)`,
);

console.log("\nsize      time/run    ms per KB");
for (const kb of [1, 100, 1024]) {
  const text = article(kb * 1024);
  const { perRunMs } = time(() => extractStatements(text), kb >= 1024 ? 1500 : 300);
  console.log(
    `${`${kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`}`.padEnd(10)}${`${perRunMs.toFixed(2)} ms`.padEnd(12)}${(perRunMs / kb).toFixed(3)}`,
  );
}

// Same-run A/B: the rules alone (tagger off) vs rules + tagger, interleaved 8 × 400 ms each,
// so both see the same machine load. Reports medians and the ratio.
function rate(tagger: boolean): number {
  const t = performance.now();
  let k = 0;
  while (performance.now() - t < 400) {
    extractStatements(docs[k % docs.length] as string, { tagger });
    k++;
  }
  return k / ((performance.now() - t) / 1000);
}
const rules: number[] = [];
const both: number[] = [];
for (let r = 0; r < 8; r++) {
  rules.push(rate(false));
  both.push(rate(true));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
console.log(
  `\nA/B ~5 KB (medians of 8 interleaved runs): rules only ${median(rules).toFixed(0)}/s, rules + tagger ${median(both).toFixed(0)}/s (ratio ${(median(both) / median(rules)).toFixed(2)})`,
);

// Informational only (shared CI machines are noisy): the target is 200 articles/s.
if (perSec < 200)
  console.log(`\nbelow target: ${perSec.toFixed(0)} < 200 articles/s (is the machine busy?)`);
