import {
  AMBIGUOUS_ABBREVIATIONS,
  FUNCTION_WORDS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from "./lexicon/common-words.ts";

export interface SentenceSpan {
  start: number;
  end: number;
  blockIndex: number;
}

/** Longest sentence analysed as one unit; longer runs are cut at whitespace (bounds work). */
export const MAX_SENTENCE_CHARS = 2000;

const CLOSING = new Set(['"', "”", "’", "'", ")", "]", "»", "›"]);

function isWs(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0";
}

function isLower(c: string | undefined): boolean {
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

function wordBefore(input: string, p: number, min: number): string {
  let s = p;
  while (s > min && /[\p{L}.]/u.test(input[s - 1] ?? "")) s--;
  return input.slice(s, p);
}

function wordAt(input: string, r: number, max: number): string {
  let e = r;
  while (e < max && /[\p{L}]/u.test(input[e] ?? "")) e++;
  return input.slice(r, e);
}

/**
 * Splits one paragraph into sentences. `inQuote(i)` tells whether position i lies inside quoted
 * words; sentence ends inside a quote are ignored unless the quote closes right there.
 */
export function splitSentences(
  input: string,
  start: number,
  end: number,
  blockIndex: number,
  inQuote: (i: number) => boolean,
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let sentStart = start;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && isWs(input[a])) a++;
    while (b > a && isWs(input[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b, blockIndex });
  };
  for (let p = start; p < end; p++) {
    const ch = input[p];
    if (p - sentStart > MAX_SENTENCE_CHARS && isWs(ch)) {
      push(sentStart, p);
      sentStart = p + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let q = p + 1;
    while (q < end && (input[q] === "." || input[q] === "!" || input[q] === "?")) q++;
    while (q < end && CLOSING.has(input[q] ?? "")) q++;
    if (q < end && !isWs(input[q])) continue;
    if (inQuote(q - 1)) continue;
    let r = q;
    while (r < end && isWs(input[r])) r++;
    if (r >= end) break;
    const next = input[r];
    if (isLower(next)) continue;
    if (ch === "." && q === p + 1) {
      const before = wordBefore(input, p, sentStart).toLowerCase();
      const bare = before.replace(/\.$/, "");
      if (TITLE_ABBREVIATIONS.has(bare)) continue;
      // Initials: "J. Smith"
      if (/^\p{Lu}$/u.test(wordBefore(input, p, sentStart))) continue;
      // …and double initials ("J.M. Berger", "J.J. MacNab") unless a sentence plainly starts.
      const initials = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(wordBefore(input, p, sentStart));
      if (AMBIGUOUS_ABBREVIATIONS.has(bare) || initials) {
        const nw = wordAt(input, r, end).toLowerCase();
        if (!FUNCTION_WORDS.has(nw) && !SENTENCE_STARTERS.has(nw)) continue;
      }
    }
    push(sentStart, q);
    sentStart = q;
  }
  push(sentStart, end);
  return out;
}
