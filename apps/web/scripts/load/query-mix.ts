// The load test's query mix: the same requests, in the same order, on every run.
import { createRng } from "@claimdesk/search/testing";

/** Requests planned per run (each target takes its own slice). */
export const MAX_REQUESTS = 20_000;

/**
 * The query mix, one entry per request (MAX_REQUESTS), the same for every run: a pool of up to
 * 5,000 distinct queries of 2-4 words from LIAR statements (every third with a typo). Of the
 * requests, 50 % are a query drawn uniformly from the whole pool (the long tail), 30 % are what
 * a user sends while typing one (a prefix cut inside a word or after one, at least 3
 * characters), and 20 % come from 100 "trending" queries. Distinct requests outnumber
 * repeated ones, so a result cache cannot serve most of them.
 */
export function buildQueryMix(rows: { statement: string }[]): {
  requests: string[];
  distinct: number;
} {
  const random = createRng(20261127); // the same requests, in the same order, on every run
  const pool = new Set<string>();
  for (let i = 0; i < rows.length && pool.size < 5000; i++) {
    const row = rows[(i * 7919) % rows.length]!;
    const words = row.statement
      .replace(/[^\p{L}\p{N} ]/gu, " ")
      .split(/\s+/)
      .filter((w) => w.length > 3);
    const start = Math.floor(random() * Math.max(1, words.length - 3));
    const picked = words.slice(start, start + 2 + (i % 3));
    if (i % 3 === 0 && picked[0] && picked[0].length > 4) {
      const w = picked[0];
      const at = 1 + Math.floor(random() * (w.length - 2));
      picked[0] = w.slice(0, at) + w.slice(at + 1); // one letter dropped
    }
    const q = picked.join(" ");
    if (q.length >= 3) pool.add(q);
  }
  const queries = [...pool];
  if (queries.length === 0) queries.push("budget deficit");
  const trending = queries.slice(0, 100);
  const requests: string[] = [];
  for (let i = 0; i < MAX_REQUESTS; i++) {
    const r = random();
    const q = queries[Math.floor(random() * queries.length)]!;
    if (r < 0.5) requests.push(q);
    else if (r < 0.8)
      requests.push(q.slice(0, 3 + Math.floor(random() * (q.length - 2))).trimEnd());
    else requests.push(trending[Math.floor(random() * trending.length)]!);
  }
  return { requests, distinct: new Set(requests).size };
}
