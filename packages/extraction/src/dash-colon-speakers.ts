/**
 * A digest line that names its source between a dash and a colon: "Pollsters agree - Carl
 * Bialik: “…”", "… overhype - HuffPollster: “…”". The name right before the colon, opened by the
 * dash, is the speaker (before, the line's first capitalised word, "Pollsters", was). Shape from
 * PolNeAR train direct wrong speakers (issue 15, session 30, third helper).
 */
import type { Mention, Sentence } from "./document-model.ts";
import { mentionEndingAt } from "./speaker-mentions.ts";
import type { Token } from "./tokenize.ts";

const DASHES = new Set(["-", "–", "—"]);

/** The name between a dash and the colon before the quote opening at token `open`. */
export function dashColonName(s: Sentence, open: number): Mention | undefined {
  const tokens = s.tokens;
  let c = open - 1;
  while (c >= 0 && !(tokens[c] as Token).word && (tokens[c] as Token).text !== ":") c--;
  if (c < 1 || (tokens[c] as Token).text !== ":") return undefined;
  const m = mentionEndingAt(s, c - 1);
  if (m?.kind !== "name" || m.inQuote || m.possessive || m.tokenEnd !== c) return undefined;
  let a = m.tokenStart;
  // "Mark Blumenthal and Jon Cohen:": the first of two names joined by "and".
  const before = tokens[a - 1] as Token | undefined;
  if (before?.lower === "and") {
    const first = mentionEndingAt(s, a - 2);
    if (first && first.kind === "name") a = first.tokenStart;
  }
  const dash = tokens[a - 1] as Token | undefined;
  if (!dash || !DASHES.has(dash.text)) return undefined;
  return a === m.tokenStart ? m : (mentionEndingAt(s, a) ?? m);
}
