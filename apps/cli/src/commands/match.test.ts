// claimdesk match over a file with bad lines: every line gets its JSON line (matches, or an
// error naming what is wrong with it), and the batch goes on; the archive snapshot is used.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importClaimReviews } from "@claimdesk/core/publishing";
import { getDb } from "@claimdesk/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { CommandContext } from "../command.ts";
import { matchCommand } from "./match.ts";

const db = getDb();
const snapshots = mkdtempSync(join(tmpdir(), "match-cli-snapshot-"));

beforeAll(async () => {
  await importClaimReviews(db, [
    {
      "@type": "ClaimReview",
      url: "https://factcheck.example.org/reviews/wind-turbines-birds",
      claimReviewed:
        "Wind turbines kill more than 900,000 bats and birds every year in the United States.",
      headline: "Do Wind Turbines Kill 900,000 Birds a Year?",
      author: { "@type": "Organization", name: "Example Checks" },
      reviewRating: { "@type": "Rating", alternateName: "Mixture" },
    },
  ]);
  process.env.CLAIMDESK_MATCH_SNAPSHOT_DIR = snapshots;
});

async function run(lines: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), "match-cli-")), "statements.txt");
  writeFileSync(file, `${lines.join("\n")}\n`);
  const out: string[] = [];
  const ctx = {
    out: (t: string) => out.push(t),
    err: () => {},
    withDb: (fn) => fn(db),
    withServices: () => Promise.reject(new Error("match needs only the database")),
  } as CommandContext;
  const code = await matchCommand.run([file, "--limit", "3"], ctx);
  return { code, results: out.map((l) => JSON.parse(l)) };
}

describe("claimdesk match", () => {
  it("answers every line of a batch with bad lines in it, in order, without stopping", async () => {
    const { code, results } = await run([
      "wind turbines are killing 900,000 birds and bats each year",
      "",
      "x".repeat(100 * 1024),
      "\u0000\u0001PK\u0003\u0004binary",
      "日本の首相は昨日、新しい税金を発表しました",
      "Do wind turbines kill birds?",
    ]);
    expect(code).toBe(0);
    expect(results).toHaveLength(6);
    expect(results[0].hits[0].externalId).toBe(
      "https://factcheck.example.org/reviews/wind-turbines-birds",
    );
    expect(results[1]).toMatchObject({ hits: [], error: "empty statement" });
    expect(results[2].error).toMatch(/too long \(102400 characters/);
    expect(results[2].query.length).toBeLessThanOrEqual(1001); // the line is not echoed whole
    expect(results[3]).toMatchObject({ hits: [], error: "not text (binary data)" });
    expect(results[4].hits).toEqual([]); // no shared word: nothing, and no error
    expect(results[5].hits[0].externalId).toContain("wind-turbines-birds");
    // the built archive was kept for the next run
    expect(readdirSync(snapshots).filter((f) => f.endsWith(".v8"))).toHaveLength(1);
  });
});
