// Reads the CheckThat! 2020 Task 2 (English) split files from ../shared (never copied into the
// repository): the verified claims, the tweets of a split and which claim each tweet repeats.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CheckedClaim } from "../../src/matching/types.ts";

export const CHECKTHAT_DIR = resolve(
  import.meta.dirname,
  "../../../../../shared/datasets/checkthat-2020-task2",
);

export interface VerifiedClaim {
  id: string;
  vclaim: string;
  title: string;
}
export interface Tweet {
  id: string;
  text: string;
  relevant: Set<string>;
}

/**
 * Rows of a TSV file whose fields may be quoted CSV-style ("…""…"), a quoted field possibly
 * spanning lines (some verified claims do).
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = "";
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) break;
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else value += text[i++];
      }
    }
    while (i < text.length && text[i] !== "\t" && text[i] !== "\n") value += text[i++];
    row.push(value.replace(/\r$/, ""));
    if (text[i] === "\t") i += 1;
    else {
      i += 1;
      rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  return rows;
}

export function checkthatAvailable(dir = CHECKTHAT_DIR): boolean {
  return existsSync(join(dir, "verified_claims.docs.tsv"));
}

export function readVerifiedClaims(dir = CHECKTHAT_DIR): VerifiedClaim[] {
  return parseTsv(readFileSync(join(dir, "verified_claims.docs.tsv"), "utf8"))
    .slice(1)
    .filter((row) => row[0]?.trim())
    .map(([id = "", vclaim = "", title = ""]) => ({
      id: id.trim(),
      vclaim: vclaim.replace(/\s+/g, " ").trim(),
      title: title.replace(/\s+/g, " ").trim(),
    }));
}

export function readTweets(split: "train" | "dev", dir = CHECKTHAT_DIR): Tweet[] {
  const qrels = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dir, split, "tweet-vclaim-pairs.qrels"), "utf8").split(
    "\n",
  )) {
    const [tweet, , vclaim, rel] = line.trim().split(/\s+/);
    if (!tweet || !vclaim || rel !== "1") continue;
    const set = qrels.get(tweet) ?? new Set();
    set.add(vclaim);
    qrels.set(tweet, set);
  }
  return parseTsv(readFileSync(join(dir, split, "tweets.queries.tsv"), "utf8"))
    .slice(1)
    .filter((row) => row[0]?.trim())
    .map(([id = "", text = ""]) => ({
      id: id.trim(),
      text: text.replace(/\s+/g, " "),
      relevant: qrels.get(id.trim()) ?? new Set<string>(),
    }))
    .filter((t) => t.relevant.size > 0);
}

/** MAP@k, recall@1, recall@k of ranked id lists. */
export function scoreRankings(
  tweets: Tweet[],
  rankings: Map<string, string[]>,
  k = 5,
): { map: number; r1: number; rk: number; n: number } {
  let map = 0;
  let r1 = 0;
  let rk = 0;
  for (const tweet of tweets) {
    const ranked = (rankings.get(tweet.id) ?? []).slice(0, k);
    let hits = 0;
    let ap = 0;
    ranked.forEach((id, i) => {
      if (tweet.relevant.has(id)) {
        hits += 1;
        ap += hits / (i + 1);
      }
    });
    map += ap / Math.min(tweet.relevant.size, k);
    if (ranked[0] && tweet.relevant.has(ranked[0])) r1 += 1;
    rk += hits / Math.min(tweet.relevant.size, k);
  }
  const n = tweets.length;
  return { map: map / n, r1: r1 / n, rk: rk / n, n };
}

/** The verified claims as the matcher's archive (what `claimreview import` of them gives). */
export function checkedClaimsOf(claims: VerifiedClaim[]): CheckedClaim[] {
  return claims.map((v) => ({
    id: v.id,
    text: v.vclaim,
    headline: v.title || null,
    speaker: null,
    verdict: null,
    rating: null,
    publisher: "Snopes",
    date: null,
    url: null,
    externalId: v.id,
    origin: "claimreview",
  }));
}
