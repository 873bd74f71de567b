// Known-item relevance on LIAR (train + valid): imports the statements as claims into a scratch
// database, indexes them with the embedded backend, then runs typo / partial queries through
// matchClaims (what `claimdesk match` and the claim page use: the matcher over the archive of
// checked claims, src/matching/). Targets: first >= 98 %, top 5 >= 99 %.
//
//   pnpm --filter @claimdesk/search relevance [--queries 3000] [--seed 42] [--keep]

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importLiarRows, parseLiarTsv } from "@claimdesk/core/imports";
import { createDb } from "@claimdesk/db";
import { resolveDatabase } from "@claimdesk/db/database-url";
import { createScratchDatabase } from "@claimdesk/db/testing";
import { EmbeddedSearchBackend } from "../src/embedded/embedded-backend.ts";
import { readSearchEnv } from "../src/env.ts";
import { type ClaimMatchSource, createClaimMatchSource, matchClaims } from "../src/match-claims.ts";
import { syncOutbox } from "../src/sync-outbox.ts";
import {
  buildKnownItemQueries,
  type KnownItemQuery,
  liarDir,
  normalizeText,
  readLiar,
} from "./liar-queries.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

export interface RelevanceReport {
  queries: number;
  first: number;
  top5: number;
  byKind: Record<string, { n: number; first: number; top5: number }>;
  latenciesMs: number[];
  misses: { q: string; target: string; got: string | null }[];
}

/** Runs the queries through matchClaims and scores them (first hit / any of the top 5). */
export async function measureRelevance(
  source: ClaimMatchSource,
  queries: KnownItemQuery[],
  externalIdOf: (hitExternalId: string | null) => string | null = (x) => x,
): Promise<RelevanceReport> {
  const report: RelevanceReport = {
    queries: queries.length,
    first: 0,
    top5: 0,
    byKind: {},
    latenciesMs: [],
    misses: [],
  };
  for (const query of queries) {
    const started = performance.now();
    const hits = (await matchClaims(source, query.q, { limit: 5 })).matches.map((m) => m.claim);
    report.latenciesMs.push(performance.now() - started);
    const target = normalizeText(query.targetText);
    const isTarget = (h: (typeof hits)[number]) =>
      externalIdOf(h.externalId) === query.targetId || normalizeText(h.text) === target;
    const first = hits[0] ? isTarget(hits[0]) : false;
    const top5 = hits.slice(0, 5).some(isTarget);
    report.byKind[query.kind] ??= { n: 0, first: 0, top5: 0 };
    const kind = report.byKind[query.kind]!;
    kind.n += 1;
    if (first) {
      report.first += 1;
      kind.first += 1;
    }
    if (top5) {
      report.top5 += 1;
      kind.top5 += 1;
    }
    if (!first && report.misses.length < 15) {
      report.misses.push({ q: query.q, target: query.targetText, got: hits[0]?.text ?? null });
    }
  }
  return report;
}

export function printRelevance(report: RelevanceReport): void {
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
  console.log(`queries: ${report.queries}`);
  console.log(`first:   ${pct(report.first, report.queries)} (target >= 98%)`);
  console.log(`top 5:   ${pct(report.top5, report.queries)} (target >= 99%)`);
  for (const [kind, k] of Object.entries(report.byKind)) {
    console.log(`  ${kind.padEnd(6)} n=${k.n} first ${pct(k.first, k.n)} top5 ${pct(k.top5, k.n)}`);
  }
}

async function main() {
  const records = readLiar();
  if (!records) {
    console.log(`relevance: skipped, the LIAR dataset is not at ${liarDir()}`);
    return 0;
  }
  const queryCount = arg("--queries", 3000);
  const seed = arg("--seed", 42);
  const database = await resolveDatabase({ log: (line) => console.error(line) });
  const scratch = await createScratchDatabase(database.url, `claimdesk_relevance_${process.pid}`);
  const db = createDb(scratch.url);
  const backend = new EmbeddedSearchBackend(scratch.url, {
    engine: readSearchEnv().SEARCH_EMBEDDED_ENGINE,
  });
  console.log(`engine: ${backend.engine} (SEARCH_EMBEDDED_ENGINE)`);
  try {
    let started = performance.now();
    for (const file of ["train.tsv", "valid.tsv"]) {
      const { rows } = parseLiarTsv(readFileSync(join(liarDir(), file), "utf8"));
      await importLiarRows(db, rows);
    }
    await backend.ensureIndexes();
    while ((await syncOutbox(db, backend, { batchSize: 2000 })).processed > 0) {}
    const claims = await backend.countDocuments("claims");
    console.log(
      `indexed ${claims} claims in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const queries = buildKnownItemQueries(records, queryCount, seed);
    started = performance.now();
    const source = createClaimMatchSource(db);
    await source.matcher(); // loads the archive (not counted in the latencies)
    const report = await measureRelevance(source, queries);
    printRelevance(report);
    const sorted = [...report.latenciesMs].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
    console.log(
      `latency: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (${claims} claims)`,
    );
    if (process.argv.includes("--misses")) {
      for (const miss of report.misses) console.log(`MISS ${JSON.stringify(miss)}`);
    }
    const ok = report.first / report.queries >= 0.98 && report.top5 / report.queries >= 0.99;
    if (!ok) console.log("relevance: below target");
    return ok ? 0 : 1;
  } finally {
    await backend.close();
    await db.$disconnect();
    if (!process.argv.includes("--keep")) await scratch.drop();
    await database.release();
  }
}

if (process.argv[1]?.endsWith("relevance.ts")) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
