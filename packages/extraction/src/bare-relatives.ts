import { clauseEnd, FINITE_CUES } from "./clause-parts.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { contentOk, DETERMINER_WORDS, hasVerb, PRONOUN_WORDS } from "./frame-parts.ts";
import { pronounSourceBefore, sourceSpeaker } from "./frame-speakers.ts";
import { FUNCTION_WORDS } from "./lexicon/common-words.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";
import type { Found } from "./subordinate-frames.ts";
import type { Token } from "./tokenize.ts";

/** Auxiliaries right after the cue that mark the cue as inside a relative clause. */
const AFTER_CUE = new Set(
  "is are was were will would could can may might should has have had".split(" "),
);

/**
 * A relative clause without "that" whose source sits inside it: "a probe the law enforcement
 * agency said was ongoing", "a decision they say allowed terrorist activity to multiply". The
 * noun before the source heads the relative; the cue is followed at once by the relative's own
 * verb (an auxiliary or a past tense). The statement runs from the noun phrase's determiner to the
 * clause's end (the attribution stays inside the span, as in `relative`). Used by
 * src/speech-frames.ts after the other frames.
 */
export function bareRelative(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
  loose: (model: DocumentModel, s: Sentence, a: number, b: number) => SpeakerRef | null,
): Found | null {
  const tokens = s.tokens;
  const cue = tokens[v] as Token;
  if (cue.lower.endsWith("ing")) return null;
  const u = tokens[v + 1];
  if (!u?.word || u.inQuote || u.cap) return null;
  if (!AFTER_CUE.has(u.lower) && !/[^e]ed$/.test(u.lower)) return null;
  // The source: a pronoun, or a determiner and up to five words, right before the cue.
  let p = v - 1;
  if (!(PRONOUN_WORDS.has(tokens[p]?.lower ?? "") && p === v - 1)) {
    while (p > 0 && v - p <= 6 && !DETERMINER_WORDS.has((tokens[p] as Token).lower)) p--;
    if (!DETERMINER_WORDS.has(tokens[p]?.lower ?? "")) return null;
  }
  const head = tokens[p - 1];
  if (!head?.word || head.cap || head.inQuote || FUNCTION_WORDS.has(head.lower)) return null;
  if (FINITE_CUES.has(head.lower) || /(?:ed|ing|ly)$/.test(head.lower) || hasVerb(tokens, p, v))
    return null;
  // The head noun's own determiner opens the statement ("a probe …").
  let a = p - 1;
  while (a > 0 && v - a <= 10 && !DETERMINER_WORDS.has((tokens[a - 1] as Token).lower)) {
    const t = tokens[a - 1] as Token;
    if (!t.word || t.cap || FUNCTION_WORDS.has(t.lower)) break;
    a--;
  }
  if (DETERMINER_WORDS.has(tokens[a - 1]?.lower ?? "")) a--;
  const end = clauseEnd(tokens, v + 1);
  if (!contentOk(tokens, v + 1, end)) return null;
  const speaker =
    pronounSourceBefore(model, registry, s, p, v) ??
    sourceSpeaker(model, registry, s, p, v) ??
    loose(model, s, p, v);
  return speaker ? { a, b: end, speaker } : null;
}
