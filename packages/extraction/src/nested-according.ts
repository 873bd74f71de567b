/**
 * A quote's attribution that is itself attributed: '“…,” Sanders said, according to CNN.' —
 * PolNeAR credits the quote to the outlet or record that reports it (the source the reader has),
 * not the person quoted. Shape from PolNeAR train direct wrong speakers (issue 15, session 30,
 * third helper).
 */
import { isAbbreviationDot } from "./quote-cues.ts";
import type { Token } from "./tokenize.ts";

/**
 * The index of "according" in ", according to" after the verb at `v` in the same clause (up to
 * `to`, at most 20 words on, no quoted words, sentence end or semicolon between); else -1.
 */
export function accordingAfterVerb(tokens: Token[], v: number, to: number): number {
  let words = 0;
  for (let k = v + 1; k < to && words < 20; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote) return -1;
    if (!t.word) {
      if (t.text === "." && isAbbreviationDot(tokens, k)) continue;
      if ([".", ";", "!", "?", "“", "”", '"'].includes(t.text)) return -1;
      continue;
    }
    words++;
    if (t.lower === "according" && (tokens[k + 1] as Token | undefined)?.lower === "to") {
      const p = tokens[k - 1] as Token;
      return p.text === "," || p.word ? k : -1;
    }
  }
  return -1;
}
