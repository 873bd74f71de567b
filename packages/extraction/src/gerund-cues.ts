import { dashEnd } from "./claim-nouns.ts";
import { clauseEnd, FINITE_CUES } from "./clause-parts.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { contentOk, hasVerb, PRONOUN_WORDS, thatAhead } from "./frame-parts.ts";
import { firstSubjectSpeaker, PHRASE_HEADS } from "./frame-speakers.ts";
import { clauseIsClear, firstVerb } from "./infinitive-cues.ts";
import { FRAME_CUE_LEMMAS } from "./lexicon/cues.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import { type SpeakerRef, speakerFromMention } from "./speaker-mentions.ts";
import { isSpeakerNoun } from "./speaker-nouns.ts";
import type { Found } from "./subordinate-frames.ts";
import type { Token } from "./tokenize.ts";

/**
 * A verb of saying as a gerund after a preposition or a comma, with a plain clause: "after
 * saying he was nervous to ask a question, the man …", "while acknowledging that this will be
 * tough", "by declaring he couldn't yet support his candidacy", "…, saying they cannot discuss
 * the case". The forward frame (src/speech-frames.ts) reads ", saying" only with a named subject
 * and never after a preposition; this is its fallback. The speaker is the main clause's subject:
 * after the phrase when it opens the sentence, before it otherwise (a name, or the description
 * before the first verb). Directives (ask, urge) and promises stay out, as in decision 010.
 */

const BEFORE_GERUND = new Set("after before while by since when in of upon".split(" "));
const NOT_LEMMAS = new Set(["ask", "urge", "promise", "vow", "pledge", "tell"]);

/** The clause after the gerund at `v`: after "that" or a subject pronoun with its verb. */
function gerundClause(tokens: Token[], v: number): number {
  const next = tokens[v + 1] as Token | undefined;
  if (!next?.word || next.inQuote) return -1;
  if (next.lower === "that") return v + 2;
  const that = thatAhead(tokens, v + 1);
  if (that > 0 && that <= v + 5) return that + 1;
  return PRONOUN_WORDS.has(next.lower) || next.possessive ? v + 1 : -1;
}

/** A description kept as a speaker only when a word of it names people or a body. */
function people(ref: SpeakerRef | null): SpeakerRef | null {
  if (!ref) return null;
  const words = ref.name.toLowerCase().split(/[^a-z]+/);
  const ok = words.some(
    (w) => isSpeakerNoun(w) || PHRASE_HEADS.has(w) || PHRASE_HEADS.has(w.replace(/s$/, "")),
  );
  return ok ? ref : null;
}

function mainSubjectAfter(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  end: number,
  loose: (model: DocumentModel, s: Sentence, a: number, b: number) => SpeakerRef | null,
): SpeakerRef | null {
  const tokens = s.tokens;
  if (tokens[end]?.text !== ",") return null;
  const a = end + 1;
  for (const m of s.mentions) {
    if (m.tokenStart < a) continue;
    if (m.tokenStart > a + 1 || m.inQuote || m.possessive || m.prepositional) break;
    const ref = speakerFromMention(registry, m, model);
    if (ref) return ref;
  }
  for (let k = a; k < tokens.length && k < a + 8; k++) {
    const t = tokens[k] as Token;
    if (t.text === "," || t.inQuote) return null;
    if (t.word && !t.cap && (FINITE_CUES.has(t.lower) || /[^e]ed$/.test(t.lower)))
      return k > a ? people(loose(model, s, a, k)) : null;
  }
  return null;
}

/**
 * The lemma of a verb of saying that opens the sentence as a gerund or after "Having": "Noting
 * that both men battled the press, Schlafly …", "Having announced that he would not …, the
 * judge …" (capitalised, so the frame pass's own cue test skips it). Undefined otherwise.
 */
export function openingGerundLemma(tokens: Token[], v: number): string | undefined {
  const t = tokens[v] as Token;
  const having = v === 1 && tokens[0]?.lower === "having";
  if (!t.word || t.inQuote || !(v === 0 || having)) return undefined;
  if (v === 0 ? !t.lower.endsWith("ing") : !/(?:ed|told|said|wrote)$/.test(t.lower))
    return undefined;
  const lemma = SPEECH_VERBS.get(t.lower);
  if (!lemma || !FRAME_CUE_LEMMAS.has(lemma) || NOT_LEMMAS.has(lemma)) return undefined;
  return lemma;
}

export function gerundFrame(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
  lemma: string,
  loose: (model: DocumentModel, s: Sentence, a: number, b: number) => SpeakerRef | null,
): Found | null {
  const tokens = s.tokens;
  const t = tokens[v] as Token;
  const having = v === 1 && tokens[0]?.lower === "having";
  if (!(t.lower.endsWith("ing") || having) || NOT_LEMMAS.has(lemma)) return null;
  let p = v - 1;
  while (
    p >= 0 &&
    /^(initially|eventually|later|first|also|even|repeatedly)$/.test(tokens[p]?.lower ?? "")
  )
    p--;
  const prev = tokens[p] as Token | undefined;
  // At the sentence's start ("Noting that …", "Having announced that …") the phrase opens it.
  const first = p < 0 || having;
  if (!first && (!prev || prev.inQuote || !(prev.text === "," || BEFORE_GERUND.has(prev.lower))))
    return null;
  const c = gerundClause(tokens, v);
  if (c < 0 || !clauseIsClear(tokens, v, c, 5)) return null;
  // "After saying …, the man ended up …": the phrase opens the sentence, its subject follows
  // the comma that ends it.
  let opening = first || prev?.text !== ",";
  if (!first) for (let k = 0; k < p; k++) if ((tokens[k] as Token).word) opening = false;
  let end = dashEnd(tokens, c, clauseEnd(tokens, c));
  if (opening) {
    let k = c;
    while (k < end && ((tokens[k] as Token).inQuote || (tokens[k] as Token).text !== ",")) k++;
    end = k;
  }
  if (!contentOk(tokens, c, end) || !hasVerb(tokens, c, end)) return null;
  let speaker: SpeakerRef | null;
  if (opening) speaker = mainSubjectAfter(model, registry, s, end, loose);
  else {
    speaker = firstSubjectSpeaker(model, registry, s, v);
    if (!speaker) {
      const f = firstVerb(tokens, v);
      if (f > 0) speaker = people(loose(model, s, 0, f));
    }
  }
  return speaker ? { a: c, b: end, speaker } : null;
}
