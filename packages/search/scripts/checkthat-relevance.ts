// "Has this been checked before?" on real tweets: CheckThat! 2020 Task 2 (English) train and dev,
// read from ../shared/datasets/checkthat-2020-task2 (never copied into the repository).
//
//   pnpm --filter @claimdesk/search checkthat                 in process: the matcher over the
//                                                             10,375 verified claims
//   pnpm --filter @claimdesk/search checkthat --cli           through `claimdesk match --limit 5`
//                                                             against DATABASE_URL, which must hold
//                                                             the verified claims imported with
//                                                             `claimdesk claimreview import` of
//                                                             scripts/checkthat/write-claimreviews.ts
//   --split train|dev (default both)  --misses (print the tweets whose claim is not first)
// Prints MAP@5, recall@1 and recall@5; exits 2 when the data is absent.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ClaimMatcher } from "../src/matching/claim-matcher.ts";
import {
  checkedClaimsOf,
  checkthatAvailable,
  readTweets,
  readVerifiedClaims,
  scoreRankings,
  type Tweet,
} from "./checkthat/read-checkthat.ts";
import { vclaimIdOf } from "./checkthat/write-claimreviews.ts";

const { values } = parseArgs({
  options: {
    cli: { type: "boolean" },
    split: { type: "string" },
    misses: { type: "boolean" },
  },
});
if (!checkthatAvailable()) {
  console.log("skip: ../shared/datasets/checkthat-2020-task2 not found");
  process.exit(2);
}
const splits = values.split ? [values.split as "train" | "dev"] : (["train", "dev"] as const);
const claims = readVerifiedClaims();
const textOf = new Map(claims.map((c) => [c.id, c.vclaim]));

function rankInProcess(tweets: Tweet[]): Map<string, string[]> {
  const matcher = new ClaimMatcher(checkedClaimsOf(claims));
  const rankings = new Map<string, string[]>();
  const times: number[] = [];
  for (const tweet of tweets) {
    const t0 = performance.now();
    const { matches } = matcher.match(tweet.text, { limit: 5 });
    times.push(performance.now() - t0);
    rankings.set(
      tweet.id,
      matches.map((m) => m.claim.id),
    );
  }
  times.sort((a, b) => a - b);
  console.log(
    `  in process: p50 ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]?.toFixed(2)} ms per tweet`,
  );
  return rankings;
}

function rankThroughCli(tweets: Tweet[]): Map<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), "checkthat-"));
  const file = join(dir, "tweets.txt");
  writeFileSync(file, `${tweets.map((t) => t.text.replace(/[\r\n]+/g, " ")).join("\n")}\n`);
  const cli = resolve(import.meta.dirname, "../../../apps/cli");
  const t0 = performance.now();
  const run = spawnSync(
    join(cli, "node_modules/.bin/tsx"),
    [join(cli, "src/main.ts"), "match", file, "--limit", "5"],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: process.env },
  );
  if (run.status !== 0) throw new Error(`claimdesk match failed: ${run.stderr}`);
  const lines = run.stdout.trim().split("\n");
  console.log(
    `  claimdesk match: ${lines.length} lines in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const rankings = new Map<string, string[]>();
  lines.forEach((line, i) => {
    const out = JSON.parse(line) as { hits: { externalId: string | null }[] };
    const tweet = tweets[i] as Tweet;
    rankings.set(
      tweet.id,
      out.hits.flatMap((h) => {
        const id = vclaimIdOf(h.externalId);
        return id ? [id] : [];
      }),
    );
  });
  return rankings;
}

for (const split of splits) {
  const tweets = readTweets(split);
  console.log(`${split}: ${tweets.length} tweets, ${claims.length} verified claims`);
  const rankings = values.cli ? rankThroughCli(tweets) : rankInProcess(tweets);
  if (values.cli) {
    // the CLI must rank exactly as the matcher does in process
    const inProcess = rankInProcess(tweets);
    const same = tweets.filter(
      (t) => (inProcess.get(t.id) ?? []).join() === (rankings.get(t.id) ?? []).join(),
    ).length;
    console.log(`  identical top-5 lists, CLI vs in process: ${same} of ${tweets.length}`);
  }
  const s = scoreRankings(tweets, rankings);
  console.log(
    `  MAP@5 ${s.map.toFixed(3)}  recall@1 ${s.r1.toFixed(3)}  recall@5 ${s.rk.toFixed(3)}`,
  );
  if (values.misses) {
    for (const tweet of tweets) {
      const ranked = rankings.get(tweet.id) ?? [];
      if (ranked[0] && tweet.relevant.has(ranked[0])) continue;
      console.log(`  - ${tweet.text.slice(0, 160)}`);
      console.log(`    want: ${[...tweet.relevant].map((id) => textOf.get(id)).join(" | ")}`);
      console.log(`    got:  ${ranked[0] ? textOf.get(ranked[0]) : "(nothing)"}`);
    }
  }
}
