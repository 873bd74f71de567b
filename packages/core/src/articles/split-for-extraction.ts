/** A piece of an article body, as offsets into the body: `body.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** Default largest piece handed to the extractor at once (about 50 ms of extraction). */
export const DEFAULT_CHUNK_CHARS = 100_000;

/**
 * Default most text before a piece read with it as context (a few paragraphs: where a "she said"
 * finds the name it refers to).
 */
export const DEFAULT_CONTEXT_CHARS = 2_000;

const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || isBreak(c);
const SENTENCE_END = new Set([".", "!", "?", "…"]);

const QUOTE_TOGGLE = 0x22; // "
const QUOTE_OPEN = 0x201c; // “
const QUOTE_CLOSE = 0x201d; // ”

/**
 * The last good place to cut in `text` within (from, to]: after a blank line, else after a line
 * break, else after a sentence end followed by a space and a capital/quote/digit outside
 * quotation marks (a quote is one statement), else at a space outside quotation marks, else at
 * any space; `to` itself when the range has none (a single 100K-character word). Never cuts in
 * the first half of the range, so splitting stays linear in the text.
 */
function cutPoint(text: string, from: number, to: number): number {
  const floor = from + Math.floor((to - from) / 2);
  let lineBreak = -1;
  for (let i = to; i > floor; i--) {
    if (!isBreak(text.charCodeAt(i - 1))) continue;
    if (i >= 2 && isBreak(text.charCodeAt(i - 2))) return i;
    if (lineBreak < 0) lineBreak = i;
  }
  if (lineBreak >= 0) return lineBreak;
  let depth = 0;
  let sentence = -1;
  let space = -1;
  let anySpace = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE_TOGGLE) depth = depth > 0 ? 0 : 1;
    else if (c === QUOTE_OPEN) depth = 1;
    else if (c === QUOTE_CLOSE) depth = 0;
    const cut = i + 1; // cutting after this character
    if (cut <= floor || !isSpace(c)) continue;
    anySpace = cut;
    if (depth > 0) continue;
    space = cut;
    if (i >= 1 && SENTENCE_END.has(text[i - 1] ?? "") && /[A-Z0-9"“‘'(]/.test(text[cut] ?? ""))
      sentence = cut;
  }
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  if (anySpace >= 0) return anySpace;
  return to;
}

/**
 * Splits a body into consecutive ranges of at most `maxChars` characters, cut at paragraph, then
 * sentence, then word boundaries (see cutPoint). The ranges cover the body exactly, in order,
 * without overlap, so offsets found in a piece map back to the body by adding its start.
 */
export function splitForExtraction(text: string, maxChars = DEFAULT_CHUNK_CHARS): TextRange[] {
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError("maxChars must be ≥ 1");
  const ranges: TextRange[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    let end = cutPoint(text, start, start + maxChars);
    // Never split a surrogate pair.
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff && end - 1 > start) end--;
    ranges.push({ start, end });
    start = end;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

/**
 * Where the context of the piece starting at `start` begins: the earliest paragraph or line start,
 * else sentence start outside quotation marks, at most `maxChars` before `start` and not before
 * `from` (the previous piece's start, a place where no quotation is open). `start` itself (no
 * context) when there is none. The extractor reads `text.slice(result, end)` so the speakers of
 * the piece can refer back to names in the context; what it finds in the context is dropped.
 */
export function contextStart(
  text: string,
  from: number,
  start: number,
  maxChars = DEFAULT_CONTEXT_CHARS,
): number {
  const earliest = Math.max(from, start - maxChars);
  if (from === earliest) return from;
  let depth = 0;
  for (let i = from; i < start; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      depth = 0;
      if (i + 1 > earliest && i + 1 < start && !isSpace(text.charCodeAt(i + 1))) return i + 1;
      continue;
    }
    if (c === QUOTE_TOGGLE) depth = depth > 0 ? 0 : 1;
    else if (c === QUOTE_OPEN) depth = 1;
    else if (c === QUOTE_CLOSE) depth = 0;
    const next = i + 1;
    if (next <= earliest || depth > 0 || !isSpace(c)) continue;
    if (i >= 1 && SENTENCE_END.has(text[i - 1] ?? "") && /[A-Z0-9"“‘'(]/.test(text[next] ?? ""))
      return next;
  }
  return start;
}
