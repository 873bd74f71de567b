/**
 * The desk's claim queue for one article, as `extractArticle` in @claimdesk/core builds it:
 * statements scoring at least 0.5, one per fingerprint (the first in the article), most
 * check-worthy first (ties in article order). `top` keeps the first n.
 */
import type { ExtractedStatement } from "../../src/index.ts";

export const QUEUE_THRESHOLD = 0.5;

export function queuedClaims(statements: ExtractedStatement[], top = 10): ExtractedStatement[] {
  const seen = new Set<string>();
  const out: ExtractedStatement[] = [];
  for (const s of statements) {
    if (s.checkworthiness < QUEUE_THRESHOLD || seen.has(s.fingerprint)) continue;
    seen.add(s.fingerprint);
    out.push(s);
  }
  return out
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.checkworthiness - a.s.checkworthiness || a.i - b.i)
    .slice(0, top)
    .map((x) => x.s);
}
