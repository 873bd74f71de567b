/**
 * Opening adverbs and participles read as names: "Hastily politicizing the tragedy …, Trump
 * cast the blame …", "Holding signs …, the protesters chanted". A capitalised word that opens
 * its sentence and is no known first name, an -ly word before a lower-case word or a comma or an
 * -ing word before a function word ("Reaching the stage, …"), was an unknown capitalised word the subject search promoted to a person. It is
 * passed over when a later subject-like mention is in range; alone, it stays the speaker (when
 * it was dropped, the statement lost its only speaker and was not kept: session 26). Shapes from
 * PolNeAR train wrong speakers (issue 15, session 31, helper s31d).
 */
import type { Mention, Sentence } from "./document-model.ts";
import { FUNCTION_WORDS } from "./lexicon/common-words.ts";
import { isKnownFirstName } from "./lexicon/first-names.ts";
import type { Token } from "./tokenize.ts";

export function isOpenerWord(s: Sentence, m: Mention): boolean {
  if (m.kind !== "name" || m.entityId >= 0 || !m.unknownWord) return false;
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  for (let k = 0; k < m.tokenStart; k++) if ((s.tokens[k] as Token).word) return false;
  const t = s.tokens[m.tokenStart] as Token;
  if (t.inQuote || t.lower.length < 5 || !/(ly|ing)$/.test(t.lower)) return false;
  if (isKnownFirstName(t.lower)) return false;
  const next = s.tokens[m.tokenEnd];
  if (next === undefined || next.inQuote) return false;
  if (t.lower.endsWith("ly")) return next.text === "," || (next.word === true && !next.cap);
  // "Consulting firms like McKinsey have …": an -ing word before a noun may be its modifier.
  return next.word === true && FUNCTION_WORDS.has(next.lower);
}
