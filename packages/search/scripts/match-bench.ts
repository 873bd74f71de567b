// Speed of "has this been checked before?".
//
//   pnpm --filter @claimdesk/search match-bench [--claims 100000]
//       in process: an archive of N checked claims (the 10,375 CheckThat! verified claims and the
//       11,553 LIAR claims from ../shared, the rest made by mixing their sentences), then every
//       CheckThat! train + dev tweet matched: p50/p95/p99 ms and CPU ms per statement, MAP@5 at N.
//   pnpm --filter @claimdesk/search match-bench --cli
//       end to end: `claimdesk match --limit 5` over a 1,000-line file (the CheckThat! tweets and
//       a few bad lines) against DATABASE_URL (an archive imported with `claimreview import`):
//       statements per second including start-up and loading the archive.
// Prints the machine (CPU model, cores, load average) with every number.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ClaimMatcher } from "../src/matching/claim-matcher.ts";
import type { CheckedClaim } from "../src/matching/types.ts";
import {
  checkedClaimsOf,
  checkthatAvailable,
  readTweets,
  readVerifiedClaims,
  scoreRankings,
  type Tweet,
} from "./checkthat/read-checkthat.ts";
import { createRng, readLiar } from "./liar-queries.ts";

const { values } = parseArgs({
  options: { claims: { type: "string" }, cli: { type: "boolean" } },
});
const machine = () =>
  `machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;

if (!checkthatAvailable()) {
  console.log("skip: ../shared/datasets/checkthat-2020-task2 not found");
  process.exit(2);
}
const tweets: Tweet[] = [...readTweets("train"), ...readTweets("dev")];
console.log(machine());

if (values.cli) {
  const dir = mkdtempSync(join(os.tmpdir(), "match-bench-"));
  const file = join(dir, "statements.txt");
  const lines = tweets.map((t) => t.text.replace(/[\r\n]+/g, " "));
  lines.push(
    "",
    "x".repeat(100 * 1024),
    "\u0000\u0001binary\u0002\ufffd",
    "日本の首相は新しい税金を発表しました",
  );
  while (lines.length < 1000) lines.push(tweets[lines.length % tweets.length]?.text ?? "");
  writeFileSync(file, `${lines.slice(0, 1000).join("\n")}\n`);
  const cli = resolve(import.meta.dirname, "../../../apps/cli");
  const snapshots = mkdtempSync(join(os.tmpdir(), "match-bench-snapshots-"));
  const [claims] = spawnSync(
    "psql",
    [process.env.DATABASE_URL ?? "", "-Atc", 'select count(*) from "Claim"'],
    { encoding: "utf8" },
  ).stdout.split("\n");
  console.log(`database: ${claims ?? "?"} claims (DATABASE_URL), snapshot dir ${snapshots}`);
  if (!(Number(claims) > 0)) {
    // a figure over an empty archive would measure nothing
    console.error(
      "DATABASE_URL has no checked claims: migrate it and import the verified claims first (see scripts/checkthat/write-claimreviews.ts and `claimdesk claimreview import`)",
    );
    process.exit(2);
  }
  // the first run finds no snapshot (reads and builds the archive, then writes one); the next
  // ones load it. `times` gives the CPU the command's processes used.
  for (const run of ["cold (no snapshot)", "warm (snapshot)", "warm again"]) {
    const started = performance.now();
    const child = spawnSync(
      "bash",
      [
        "-c",
        '"$@"; status=$?; times >&2; exit $status',
        "bash",
        join(cli, "node_modules/.bin/tsx"),
        join(cli, "src/main.ts"),
        "match",
        file,
        "--limit",
        "5",
      ],
      {
        encoding: "utf8",
        maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, CLAIMDESK_MATCH_SNAPSHOT_DIR: snapshots },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (child.status !== 0) throw new Error(`claimdesk match failed: ${child.stderr}`);
    const out = child.stdout.trim().split("\n");
    if (out.length !== 1000)
      throw new Error(`claimdesk match answered ${out.length} of 1000 lines: ${child.stderr}`);
    const errors = out.filter((l) => (JSON.parse(l) as { error?: string }).error).length;
    // `times`: the shell's own user/sys, then its children's
    const [user, sys] = (child.stderr.trim().split("\n").at(-1) ?? "").split(/\s+/).map((t) => {
      const m = /(\d+)m([\d.]+)s/.exec(t);
      return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
    });
    const cpu = (user ?? 0) + (sys ?? 0);
    console.log(
      `claimdesk match --limit 5, ${run}: ${out.length} lines (${errors} with a per-line error) in ${seconds.toFixed(1)} s end to end = ${Math.round(out.length / seconds)} statements/s (target >= 100); CPU ${cpu.toFixed(1)} s = ${((cpu * 1000) / out.length).toFixed(1)} ms per statement, start-up and archive included`,
    );
  }
  console.log(machine());
  process.exit(0);
}

// -- in process, N claims
const target = Number(values.claims ?? 100_000);
const archive: CheckedClaim[] = checkedClaimsOf(readVerifiedClaims());
const liar = readLiar() ?? [];
for (const r of liar) {
  archive.push({
    ...(archive[0] as CheckedClaim),
    id: `liar-${r.id}`,
    text: r.statement,
    headline: null,
    externalId: null,
  });
}
// the rest: sentences made from halves of two real claims (realistic words and lengths)
const rng = createRng(7);
const real = archive.length;
for (let i = archive.length; i < target; i++) {
  const a = (archive[Math.floor(rng() * real)] as CheckedClaim).text.split(" ");
  const b = (archive[Math.floor(rng() * real)] as CheckedClaim).text.split(" ");
  const text = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join(
    " ",
  );
  archive.push({
    ...(archive[0] as CheckedClaim),
    id: `mix-${i}`,
    text,
    headline: null,
    externalId: null,
  });
}
let started = performance.now();
const matcher = new ClaimMatcher(archive.slice(0, target));
const indexMs = performance.now() - started;
started = performance.now();
matcher.index.associations();
const associationsMs = performance.now() - started;
console.log(
  `archive: ${matcher.size} claims (${real} real), indexed in ${(indexMs / 1000).toFixed(1)} s, word associations in ${(associationsMs / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
);
for (const t of tweets.slice(0, 50)) matcher.match(t.text); // warm-up
const latencies: number[] = [];
const rankings = new Map<string, string[]>();
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
for (const t of tweets) {
  const t0 = performance.now();
  const { matches } = matcher.match(t.text, { limit: 5 });
  latencies.push(performance.now() - t0);
  rankings.set(
    t.id,
    matches.map((m) => m.claim.id),
  );
}
const cpu = process.cpuUsage(cpuStart);
const wall = performance.now() - wallStart;
console.log(
  `match, ${tweets.length} tweets, archive ${matcher.size}: p50 ${pct(latencies, 0.5).toFixed(1)} ms, p95 ${pct(latencies, 0.95).toFixed(1)} ms, p99 ${pct(latencies, 0.99).toFixed(1)} ms (target p95 <= 50); CPU ${((cpu.user + cpu.system) / 1000 / tweets.length).toFixed(1)} ms per statement (wall ${(wall / tweets.length).toFixed(1)} ms)`,
);
const s = scoreRankings(tweets, rankings);
console.log(
  `  with ${matcher.size - real} made-up distractors: MAP@5 ${s.map.toFixed(3)}, recall@5 ${s.rk.toFixed(3)}`,
);
console.log(machine());
