import type { Token } from "./tokenize.ts";

/** Semicolons in the speech frames (src/speech-frames.ts, src/extract-statements.ts). */

export interface SentenceSpan {
  sentenceIndex: number;
  start: number;
  end: number;
}

/** The first semicolon after `v` outside quotes, or the sentence's length. */
export function semicolonAfter(tokens: Token[], v: number): number {
  for (let k = v + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === ";" && !t.inQuote) return k;
  }
  return tokens.length;
}

/**
 * "A strong majority of voters say they are paying attention; 26 percent of Democrats say they
 * have not been": a frame in a sentence the strict pass reported from counts when a semicolon
 * separates it from every strict statement of that sentence.
 */
export function semicolonApart(
  input: string,
  f: SentenceSpan,
  reported: readonly SentenceSpan[],
): boolean {
  let any = false;
  for (const r of reported) {
    if (r.sentenceIndex !== f.sentenceIndex) continue;
    any = true;
    const gap =
      r.end <= f.start
        ? input.slice(r.end, f.start)
        : r.start >= f.end
          ? input.slice(f.end, r.start)
          : "";
    if (!gap.includes(";")) return false;
  }
  return any;
}
