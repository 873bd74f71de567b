import { FINITE_CUES } from "./clause-parts.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import { hasVerb } from "./frame-parts.ts";
import { phraseSpeaker } from "./frame-speakers.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";
import type { Token } from "./tokenize.ts";

/** Source helpers of the speech frames (src/speech-frames.ts), moved here unchanged. */

/**
 * The name at `m` fills the words before the appositive's comma (`comma`), up to a party tag in
 * parentheses: "…, Rep. X (D-N.Y.), chairman of …, said" — not "Still, Cruz will be …, a source
 * close to him said", where the name opens the reported clause.
 */
export function appositiveName(tokens: Token[], m: { tokenEnd: number }, comma: number): boolean {
  let j = m.tokenEnd;
  if (tokens[j]?.text === "(") {
    while (j < comma && tokens[j]?.text !== ")") j++;
    j++;
  }
  return j === comma;
}

/**
 * The subject of a verb of saying before a clause, when no rule names it: a description kept as
 * a phrase ("the billionaire real estate magnate says …", "six in 10 said …"). Not after
 * "who"/"which" (the relative's antecedent is sourceSpeaker's job) nor across a comma.
 */
export function looseSource(
  model: DocumentModel,
  s: Sentence,
  a: number,
  b: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  const first = tokens[a] as Token | undefined;
  if (!first?.word || /^(who|whom|which|that|what)$/.test(first.lower)) return null;
  for (let k = a; k < b; k++) if ((tokens[k] as Token).text === ",") return null;
  if (hasVerb(tokens, a, b)) return null;
  return phraseSpeaker(model, tokens, a, b, true);
}

export function isVerbLike(t: Token): boolean {
  return (
    t.word &&
    !t.cap &&
    (FINITE_CUES.has(t.lower) || SPEECH_VERBS.has(t.lower) || /[^e]ed$/.test(t.lower))
  );
}

/** Words that end the description before "who" (walking back). */
const BEFORE_DESCRIPTION = new Set(
  "of in on at to with from for by about against among between and or but than like as".split(" "),
);

/**
 * "a backlash from business leaders who say the law unfairly targets …", "compared with 23
 * percent who said …": when "who" names no one the rules resolve, the description right before
 * it is the source, kept as a phrase (not across a comma, a preposition or a verb; at most six
 * words). `w` is the index of "who".
 */
export function whoDescription(model: DocumentModel, s: Sentence, w: number): SpeakerRef | null {
  const tokens = s.tokens;
  if ((tokens[w] as Token | undefined)?.lower !== "who") return null;
  let a = w;
  while (a > 0 && w - a < 6) {
    const t = tokens[a - 1] as Token;
    if (!t.word || t.inQuote || BEFORE_DESCRIPTION.has(t.lower) || isVerbLike(t)) break;
    a--;
  }
  if (a === w || a === 0) return null;
  return phraseSpeaker(model, tokens, a, w);
}
