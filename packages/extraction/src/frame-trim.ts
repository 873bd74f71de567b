import type { DocumentModel } from "./document-model.ts";
import type { FrameStatement } from "./speech-frames.ts";
import type { Token } from "./tokenize.ts";

/**
 * Mixed speech whose clause runs into a second report of the same sentence: 'Hewitt argued that
 * “liberals” allowed it to flourish, but suggested Trump went too far' (the strict pass already
 * reports "Trump went too far"), 'X has hailed the vote as “fantastic,” telling reporters that
 * …'. The frame's content ends at the last comma, "and" or "but" before the other report, so
 * the two statements no longer overlap (before, the frame was dropped). Null when nothing with
 * quoted words and three words is left.
 */
export function trimBeforeReport(
  model: DocumentModel,
  f: FrameStatement,
  otherStart: number,
): FrameStatement | null {
  if (otherStart <= f.start || otherStart >= f.end) return null;
  const s = model.sentences[f.sentenceIndex];
  if (!s) return null;
  const tokens = s.tokens;
  let k = tokens.findIndex((t) => t.start >= otherStart);
  if (k < 0) return null;
  for (k--; k >= 0 && (tokens[k] as Token).start > f.start; k--) {
    const t = tokens[k] as Token;
    if (t.inQuote) continue;
    if (t.text !== "," && t.lower !== "and" && t.lower !== "but") continue;
    const before = tokens[k - 1] as Token;
    let end = before.text === "," && k > 1 ? (tokens[k - 2] as Token).end : before.end;
    // 'as “fantastic,” telling …': the comma inside the closing mark stays with the quote.
    const close = /^,?[”"’']+/.exec(model.input.slice(t.start, t.start + 3));
    if (t.text === "," && close) end = t.start + close[0].length;
    let words = 0;
    let quoted = false;
    for (const u of tokens) {
      if (u.start < f.start || u.end > end) continue;
      if (u.word) words++;
      if (u.inQuote && u.word) quoted = true;
    }
    if (words < 3 || !quoted) return null;
    return { ...f, end };
  }
  return null;
}
