/**
 * A quote's attribution that is itself attributed: '“…,” Sanders said, according to CNN.' —
 * PolNeAR credits the quote to the outlet or record that reports it (the source the reader has),
 * not the person quoted. Shape from PolNeAR train direct wrong speakers (issue 15, session 30,
 * third helper).
 */
import { isAbbreviationDot } from "./quote-cues.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";
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

/**
 * The words after "according to" at `v` up to the clause end (at most 12, without a leading
 * article) as a phrase speaker, when they name someone: "audio provided by Wyoming Public Radio".
 */
export function accordingPhrase(
  input: string,
  tokens: Token[],
  v: number,
  to: number,
): SpeakerRef | null {
  let a = v + 2;
  if (["the", "a", "an"].includes((tokens[a] as Token | undefined)?.lower ?? "")) a++;
  let b = a;
  while (b < to && b - a < 12 && (tokens[b] as Token).word) b++;
  if (b <= a || !tokens.slice(a, b).some((t) => t.cap)) return null;
  const name = input.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
  return { entityId: -1, name, role: null };
}
