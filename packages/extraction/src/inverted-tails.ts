import { clauseEnd } from "./clause-parts.ts";
import { clauseAfter, clearClause, contentOk, hasVerb } from "./frame-parts.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";
import type { Found } from "./subordinate-frames.ts";
import type { Token } from "./tokenize.ts";

/**
 * "The harbour will reopen in May, a port spokesman said, adding that the new cranes were
 * already installed": after an inverted frame ("…, X said,") a second, -ing cue after a comma
 * reports more from the same source. The content is a clear clause ("that …", a pronoun with its
 * verb); the speaker is the inverted frame's. Used by src/speech-frames.ts.
 */
export function invertedTail(
  tokens: Token[],
  v: number,
  lemma: string,
  speaker: SpeakerRef | null,
): Found | null {
  const t = tokens[v] as Token;
  if (!t.lower.endsWith("ing") || tokens[v - 1]?.text !== ",") return null;
  const c = clauseAfter(tokens, v, lemma);
  if (c < 0 || !clearClause(tokens, c)) return null;
  const end = clauseEnd(tokens, c);
  if (!contentOk(tokens, c, end) || !hasVerb(tokens, c, end)) return null;
  return { a: c, b: end, speaker };
}
