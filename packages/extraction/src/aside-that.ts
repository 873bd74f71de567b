import { FINITE_CUES } from "./clause-parts.ts";
import type { Token } from "./tokenize.ts";

/**
 * A "that" after an aside set off by commas or dashes between a cue and its clause: "said — on
 * a radio show, as it happens — that …", "stated, while testifying before the committee last
 * week, that …", "said Monday during a town hall in Dayton, Ohio, that …". `thatAhead`
 * (`frame-parts.ts`) stops at a subordinator or a verb inside the aside, and after 15 tokens.
 *
 * The "that" must follow a comma or a dash; outside dash pairs no finite verb may come before
 * it (an aside between dashes may hold one: "— excerpts of which the campaign emailed —").
 * Returns the index of "that", or -1.
 */
const DASH = /^[—–-]$/;
const MAX_ASIDE_TOKENS = 32;

export function thatAfterAside(tokens: Token[], k: number): number {
  let inDashes = false;
  let words = 0;
  for (let j = k; j < tokens.length && j < k + MAX_ASIDE_TOKENS; j++) {
    const u = tokens[j] as Token;
    if (u.inQuote) return -1;
    if (u.text === ";" || u.text === ":" || u.text === "(" || u.text === ".") return -1;
    if (DASH.test(u.text)) {
      inDashes = !inDashes;
      continue;
    }
    if (!u.word) continue;
    if (u.lower === "that") {
      const prev = tokens[j - 1] as Token;
      if (words === 0 || inDashes || !(prev.text === "," || DASH.test(prev.text))) return -1;
      const next = tokens[j + 1];
      // "…, that was …": a demonstrative subject, not the conjunction.
      if (!next?.word || (!next.cap && FINITE_CUES.has(next.lower))) return -1;
      return j;
    }
    words++;
    if (inDashes || u.cap) continue;
    if (u.lower === "which" || u.lower === "who" || u.lower === "but") return -1;
    if (FINITE_CUES.has(u.lower) || /[a-z]ed$/.test(u.lower)) return -1;
  }
  return -1;
}
