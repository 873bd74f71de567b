import {
  clauseEnd,
  FINITE_CUES,
  hasFiniteVerb,
  isClauseStart,
  isPronounAuxiliary,
} from "./clause-parts.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { clauseAfter, contentOk, hasVerb, PRONOUN_WORDS } from "./frame-parts.ts";
import { firstSubjectSpeaker } from "./frame-speakers.ts";
import { FRAME_CUE_LEMMAS } from "./lexicon/cues.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";
import type { Found } from "./subordinate-frames.ts";
import type { Token } from "./tokenize.ts";

/**
 * A verb of saying in the infinitive, governed by the sentence's own verb: "Advisers to Rubio are
 * quick to point out that he has placed second …", "He went out of his way to say that Russia's
 * economy had hit bottom", "She is expected to argue that the senator has fallen out of touch",
 * "Lewandowski continued to say he had never touched her". The content must be a clause that
 * cannot be an infinitive's object: after "that", or a subject pronoun with its verb. The
 * speaker is the sentence's subject (its first subject-like mention, or the description before
 * the first verb). Used by src/speech-frames.ts for cues the frame pass skips after "to".
 */

/** Words before "to" that make the infinitive a purpose or an obligation of someone else. */
const NOT_GOVERNING = new Set(
  "order asked urged told pressed called invited forced allowed encouraged want wants wanted".split(
    " ",
  ),
);

/** The verb of saying at `v` right after "to", or undefined. */
export function infinitiveCueLemma(tokens: Token[], v: number): string | undefined {
  const t = tokens[v] as Token;
  if (!t.word || t.inQuote || t.cap || tokens[v - 1]?.lower !== "to") return undefined;
  // The lexicon lists inflected forms; the base form is the lemma itself ("to point out").
  const lemma = SPEECH_VERBS.get(t.lower) ?? (FRAME_CUE_LEMMAS.has(t.lower) ? t.lower : undefined);
  if (!lemma || !FRAME_CUE_LEMMAS.has(lemma) || lemma === "ask" || lemma === "tell")
    return undefined;
  // The base form only ("to say", "to point out"), not "to saying" ("pivoted to arguing": the
  // ordinary frame reads an -ing cue).
  if (/(?:ed|ing|s)$/.test(t.lower) && !/(?:ss|us)$/.test(t.lower)) return undefined;
  const before = tokens[v - 2];
  if (!before?.word || NOT_GOVERNING.has(before.lower)) return undefined;
  // "it's safe to say …", "it is fair to say that …": the writer's hedge, no one's speech.
  for (let k = v - 2; k >= 0 && k >= v - 5; k--)
    if ((tokens[k] as Token).lower === "it") return undefined;
  return lemma;
}

export function clauseIsClear(tokens: Token[], v: number, c: number, maxGap = 2): boolean {
  const first = tokens[c] as Token | undefined;
  if (!first?.word || first.inQuote) return false;
  if (tokens[c - 1]?.lower === "that") {
    // Right after the cue ("to say that", "to point out that"), and a subject follows, not a
    // relative clause's verb ("an ad to note that attacks Clinton …").
    const gap = c - 1 - v;
    if (gap > maxGap || (maxGap === 2 && gap === 2 && tokens[v + 1]?.lower !== "out")) return false;
    return isClauseStart(first) && hasFiniteVerb(tokens, c);
  }
  if (isPronounAuxiliary(first)) return true;
  if (!PRONOUN_WORDS.has(first.lower) || first.lower === "it") return false;
  const next = tokens[c + 1] as Token | undefined;
  return !!next?.word && !next.cap && (FINITE_CUES.has(next.lower) || /[^e]ed$/.test(next.lower));
}

/** Where the description that is the sentence's subject ends: before its first verb. */
export function firstVerb(tokens: Token[], v: number): number {
  for (let k = 0; k < v; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote || t.text === ",") return -1;
    if (t.word && !t.cap && (FINITE_CUES.has(t.lower) || /[^e]ed$/.test(t.lower))) return k;
  }
  return -1;
}

export function infinitiveFrame(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
  lemma: string,
  loose: (model: DocumentModel, s: Sentence, a: number, b: number) => SpeakerRef | null,
): Found | null {
  const tokens = s.tokens;
  const c = clauseAfter(tokens, v, lemma);
  if (c < 0 || !clauseIsClear(tokens, v, c)) return null;
  const end = clauseEnd(tokens, c);
  if (!contentOk(tokens, c, end) || !hasVerb(tokens, c, end)) return null;
  let speaker = firstSubjectSpeaker(model, registry, s, v);
  if (!speaker) {
    const f = firstVerb(tokens, v);
    if (f > 0) speaker = loose(model, s, 0, f);
  }
  return speaker ? { a: c, b: end, speaker } : null;
}
