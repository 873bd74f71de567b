import { bareRelative } from "./bare-relatives.ts";
import { clauseEnd, hasFiniteVerb, isClauseStart, spanOf, wordCount } from "./clause-parts.ts";
import { countedSourceEnd } from "./counted-sources.ts";
import { settingLength } from "./cue-settings.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { cueLemma } from "./frame-cues.ts";
import {
  CHARGE_PREPOSITION,
  chargeAfter,
  clauseAfter,
  clearClause,
  contentOk,
  DETERMINER_WORDS,
  hasQuoteMark,
  hasVerb,
  MAX_SOURCE_TOKENS,
  PREPOSITIONS,
  PRONOUN_WORDS,
  quotedWords,
  SUBORDINATE_STARTS,
  secondCue,
  skipAdverbials,
  sourceStart,
  startsSubordinate,
} from "./frame-parts.ts";
import {
  firstSubjectSpeaker,
  mentionAt,
  phraseSpeaker,
  pronounSourceBefore,
  sourceSpeaker,
} from "./frame-speakers.ts";
import { gerundFrame, openingGerundLemma } from "./gerund-cues.ts";
import { afterGerundPreposition } from "./gerund-prepositions.ts";
import { infinitiveCueLemma, infinitiveFrame } from "./infinitive-cues.ts";
import { promiseEnd } from "./infinitive-promises.ts";
import { invertedTail } from "./inverted-tails.ts";
import { FRAME_CUE_LEMMAS } from "./lexicon/cues.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import { quotedClauseVerb, quoteInsideClause } from "./mixed-clauses.ts";
import { isSkippable, subjectBefore } from "./resolve-speakers.ts";
import { semicolonAfter } from "./semicolons.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";
import { appositiveName, isVerbLike, looseSource, whoDescription } from "./speech-frame-sources.ts";
import { asSourceSaid, type Found, relative, withSourceSaying } from "./subordinate-frames.ts";
import { lastWordEnd, type Token } from "./tokenize.ts";

/**
 * A second, broader pass for reported and mixed speech, for sentences the strict pass left
 * alone. Frames (grown from what PolNeAR train shows; see docs/decisions/010):
 *   SOURCE CUE [object] [adverbials] [that|whether|to] CLAUSE   "critics say resources could …"
 *   CLAUSE, SOURCE CUE [adverbials].                           "…, a source said."
 *   CLAUSE, CUE SOURCE[, appositive].                          "…, said Jeffrey N. Trimble, a …"
 *   X, SOURCE CUE, Y.                                          "The museum, Mr. Obama said, would …"
 * The source may be a name, a pronoun, a relative pronoun or a description ("one slide",
 * "restructuring experts"): a description becomes a phrase speaker. Quoted words may sit inside
 * the clause (the statement is then "mixed"); a clause that is nothing but a quotation is left
 * to the quote pass.
 */
export interface FrameStatement {
  sentenceIndex: number;
  start: number;
  end: number;
  speaker: SpeakerRef | null;
  cue: string;
}

/** Verbs that invert with their source: "…, said the minister." */
const INVERTING = new Set(
  `say add write ask explain note argue insist warn continue recall tweet reply respond answer
conclude predict state claim observe remark joke tell`.split(/\s+/),
);

/**
 * Finds reported and mixed speech in the sentences `accept` lets through: it gives the input
 * offset a frame's cue and content may start from ('“…,” said X, who added that …' after a
 * quote), or null to skip the sentence. Linear: each sentence is walked once per cue, every
 * look-back is bounded by MAX_SOURCE_TOKENS.
 */
export function findSpeechFrames(
  model: DocumentModel,
  registry: EntityRegistry,
  accept: (s: Sentence) => number | null,
): FrameStatement[] {
  const out: FrameStatement[] = [];
  const input = model.input;
  for (const s of model.sentences) {
    const tokens = s.tokens;
    const n = tokens.length;
    const from = accept(s);
    if (from === null) continue;
    // After an inverted frame only a second, -ing cue reads on: "…, a Chinese official said,
    // adding that the impact was hard to estimate".
    let tailOnly = false;
    let tailSpeaker: SpeakerRef | null = null;
    for (let v = 0; v < n; v++) {
      if ((tokens[v] as Token).start < from) continue;
      const toLemma = from > 0 ? undefined : infinitiveCueLemma(tokens, v);
      // "Noting that …, Schlafly …": a gerund opening the sentence (src/gerund-cues.ts).
      const openLemma = from > 0 || toLemma ? undefined : openingGerundLemma(tokens, v);
      const lemma = toLemma ?? openLemma ?? cueLemma(tokens, v);
      if (!lemma || ((from > 0 || tailOnly) && !secondCue(tokens, v))) continue;
      if (tailOnly && !(tokens[v] as Token).lower.endsWith("ing")) continue;
      const found: Found | null = tailOnly
        ? invertedTail(tokens, v, lemma, tailSpeaker)
        : toLemma
          ? infinitiveFrame(model, registry, s, v, toLemma, looseSource)
          : openLemma
            ? gerundFrame(model, registry, s, v, openLemma, looseSource)
            : ((FRAME_CUE_LEMMAS.has(lemma) ? asSourceSaid(model, registry, s, v) : null) ??
              (FRAME_CUE_LEMMAS.has(lemma) ? inverted(model, registry, s, v) : null) ??
              forward(model, registry, s, v, lemma) ??
              (FRAME_CUE_LEMMAS.has(lemma) ? relative(model, registry, s, v, looseSource) : null) ??
              (FRAME_CUE_LEMMAS.has(lemma)
                ? withSourceSaying(model, registry, s, v, looseSource)
                : null) ??
              (FRAME_CUE_LEMMAS.has(lemma)
                ? gerundFrame(model, registry, s, v, lemma, looseSource)
                : null) ??
              // "a probe the agency said was ongoing" (src/bare-relatives.ts).
              (FRAME_CUE_LEMMAS.has(lemma)
                ? bareRelative(model, registry, s, v, looseSource)
                : null));
      if (found) {
        const span = spanOf(input, tokens, found.a, found.b);
        if (span && span[0] < from) break;
        // After a quote the content needs a clear clause ("that …", "he would …"): '“…,” he
        // said, reiterating the Pentagon’s support for these diplomatic efforts' is a noun phrase.
        if ((from > 0 || tailOnly) && !clearClause(tokens, found.a)) continue;
        if (span)
          out.push({
            sentenceIndex: s.index,
            start: span[0],
            end: span[1],
            speaker: found.speaker,
            cue: cueText(input, tokens, v),
          });
        // "About three in 10 said …, but six in 10 said …": a second frame may follow the
        // content of a forward one; an inverted frame ends the sentence but for an -ing tail.
        if (found.b <= v) {
          tailOnly = true;
          tailSpeaker = found.speaker;
          continue;
        }
        v = found.b - 1;
      }
    }
  }
  return out;
}

function cueText(input: string, tokens: Token[], v: number): string {
  const t = tokens[v] as Token;
  // "said in a statement", "said on his official Twitter feed" (src/cue-settings.ts)
  return input.slice(t.start, t.end + settingLength(input, t.end));
}

/** CLAUSE, SOURCE CUE [adverbials]. / CLAUSE, CUE SOURCE. / X, SOURCE CUE, Y. */
function inverted(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
): Found | null {
  const tokens = s.tokens;
  const n = tokens.length;
  if (v === 0 || (tokens[v] as Token).lower.endsWith("ing")) return null;
  // "…, political analysts say; in 2012, …": a semicolon ends the attribution like a period.
  const stop = semicolonAfter(tokens, v);
  const end = lastWordEnd(tokens, v + 1, stop);
  const lemma = SPEECH_VERBS.get((tokens[v] as Token).lower) ?? "";
  // '… ''is a misguided approach,'' said Mr. Burman': the comma sits inside the closing quote.
  const commaAt = (k: number) =>
    (tokens[k] as Token | undefined)?.text === "," ||
    (/^[”"]$/.test((tokens[k] as Token | undefined)?.text ?? "") && tokens[k - 1]?.text === ",");
  if (commaAt(v - 1)) {
    if (!INVERTING.has(lemma)) return null;
    const first = tokens[v + 1] as Token | undefined;
    // "…, said several observers." / "…, said two economists who studied it.": a counted
    // description (src/counted-sources.ts).
    const counted = countedSourceEnd(tokens, v + 1);
    if (
      !first?.word ||
      (!first.cap &&
        !DETERMINER_WORDS.has(first.lower) &&
        !PRONOUN_WORDS.has(first.lower) &&
        counted < 0)
    )
      return null;
    // ", said Jeffrey N. Trimble, a senior official …" — not "…, said they touched on …",
    // where a clause follows the cue (the forward frame's case): no verb before the next comma.
    if (v - 1 < 1) return null;
    let stop = v + 1;
    while (stop < n && stop < v + 8 && !/^[,(—–]$/.test((tokens[stop] as Token).text)) stop++;
    if (counted > 0) stop = Math.min(stop, counted);
    if (hasVerb(tokens, v + 2, stop)) return null;
    // "…, said she wanted major change": a subject pronoun and its verb (hasVerb skips the first).
    if (PRONOUN_WORDS.has(first.lower) && isVerbLike(tokens[v + 2] as Token)) return null;
    let e = v + 1;
    while (e < n && (tokens[e] as Token).word && !PREPOSITIONS.has((tokens[e] as Token).lower)) e++;
    if (e === v + 1) return null;
    const speaker =
      counted > 0
        ? phraseSpeaker(model, tokens, v + 1, counted, true)
        : sourceSpeaker(model, registry, s, v + 1, n);
    if (!speaker) return null;
    if (!contentOk(tokens, 0, v - 1) || startsSubordinate(tokens)) return null;
    if (!hasVerb(tokens, 0, v - 1) && !quotedClauseVerb(tokens, 0, v - 1)) return null;
    return { a: 0, b: v - 1, speaker };
  }
  // SOURCE CUE at the end, or followed by ", Y" (parenthetical).
  const after = skipAdverbials(tokens, v + 1, 12);
  // "…, Mr. Manafort said, adding that …" / "…, Spicer said, adding, “…”": a second, -ing cue
  // after the attribution ends it like the sentence's end would (its own frame is its own).
  const ingCue = tokens[after] as Token | undefined;
  const ingTail =
    after < end &&
    tokens[after - 1]?.text === "," &&
    !!ingCue?.word &&
    !ingCue.inQuote &&
    ingCue.lower.endsWith("ing") &&
    SPEECH_VERBS.has(ingCue.lower);
  const tail = after >= end || ingTail;
  // "…, the agency said in a June report, and …": the adverbials end at a comma.
  const parenthetical =
    !tail &&
    ((tokens[after] as Token | undefined)?.text === "," ||
      (tokens[after - 1] as Token | undefined)?.text === ",");
  if (!tail && !parenthetical) return null;
  if (!(parenthetical && quoteInsideClause(tokens, after)))
    for (let k = v + 1; k < (ingTail ? after : stop); k++)
      if ((tokens[k] as Token).inQuote) return null;
  let a = sourceStart(tokens, v);
  // sourceStart stops after a quotation; the words between it and the cue are the source.
  while (a < v && /^[”"]$/.test((tokens[a] as Token).text)) a++;
  if (a < 2 || !commaAt(a - 1)) return null;
  let comma = a - 1;
  let speaker =
    pronounSourceBefore(model, registry, s, a, v) ?? sourceSpeaker(model, registry, s, a, v);
  const first = tokens[a] as Token;
  // "…, Benjamin J. Rhodes, one of the president's closest aides, said.": the name before.
  const named = mentionAt(s, a - 2);
  // "Mr. Obama, officials said, has become …": a name opening the sentence before a
  // parenthetical attribution is the clause's subject, not the source.
  const subjectFirst = named?.tokenStart === 0 && !tail && speaker !== null;
  if (named && named.kind === "name" && !first.cap && named.tokenEnd === a - 1 && !subjectFirst) {
    if (named.tokenStart === 0) return null;
    if ((tokens[named.tokenStart - 1] as Token).text === ",") {
      const ref = sourceSpeaker(model, registry, s, named.tokenStart, v);
      if (ref && ref.entityId >= 0) {
        speaker = ref;
        comma = named.tokenStart - 1;
      }
    }
  } else if (!speaker || (speaker.entityId < 0 && !first.cap)) {
    // "…, Rep. X (D-N.Y.), chairman of …, said": the name one comma further back.
    for (let k = a - 2; k > 0 && a - k < MAX_SOURCE_TOKENS; k--) {
      const u = tokens[k] as Token;
      if (u.inQuote) break;
      if (u.text !== ",") continue;
      const m = mentionAt(s, k + 1);
      if (m && m.tokenStart === k + 1 && m.kind === "name" && appositiveName(tokens, m, a - 1)) {
        const named = sourceSpeaker(model, registry, s, k + 1, v);
        if (named && named.entityId >= 0) {
          speaker = named;
          comma = k;
        }
      }
      break;
    }
  }
  // "…, a source close to him said.": a description kept as a phrase.
  if (!speaker && tail) speaker = looseSource(model, s, a, v);
  // "…, they say.": an unresolved pronoun still marks the clause as reported.
  const pronoun = !speaker && v - a === 1 && PRONOUN_WORDS.has((tokens[a] as Token).lower);
  if (!speaker && !pronoun) return null;
  // "If states fail …, the department can step in, Wilcox said.": at the end of the sentence the
  // attribution covers a clause that opens with a subordinate one too.
  if (!tail && startsSubordinate(tokens) && !subordinateThenMain(tokens, comma, after)) return null;
  if (tail && !hasVerb(tokens, 0, comma) && !quotedClauseVerb(tokens, 0, comma)) return null;
  if (!tail && !hasVerb(tokens, 0, n)) return null;
  if (tail) {
    if (!contentOk(tokens, 0, comma)) return null;
    return { a: 0, b: comma, speaker };
  }
  // Parenthetical: the whole sentence is the report.
  if (wordCount(tokens, 0, comma) < 1 || wordCount(tokens, after, n) < 3) return null;
  if (!contentOk(tokens, 0, n)) return null;
  // The clause runs on after the attribution ("…, Graham said, since the vast majority …"):
  // the whole sentence is the report.
  return { a: 0, b: n, speaker };
}

/**
 * "If the law conflicts with God's orders, Rubio said, Christians must ignore the law": the
 * subordinate opening ends at the attribution's comma and a main clause with a subject and verb
 * follows it, so the attribution covers the whole sentence. Not "When asked …, Trump said, …".
 */
function subordinateThenMain(tokens: Token[], comma: number, after: number): boolean {
  for (let k = 0; k < comma; k++) if ((tokens[k] as Token).lower === "asked") return false;
  let k = after;
  if ((tokens[k] as Token | undefined)?.text === ",") k++;
  // "…, he said, and she gripped his hands": a coordinated main clause.
  if (/^(and|but)$/.test((tokens[k] as Token | undefined)?.lower ?? "")) k++;
  const first = tokens[k] as Token | undefined;
  if (!first?.word || first.inQuote) return false;
  if (!isClauseStart(first) || SUBORDINATE_STARTS.has(first.lower)) return false;
  return hasFiniteVerb(tokens, k);
}

/** SOURCE CUE [that] CLAUSE. */
function forward(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
  lemma: string,
): Found | null {
  const tokens = s.tokens;
  const mixedOnly = !FRAME_CUE_LEMMAS.has(lemma);
  let c = mixedOnly ? -1 : clauseAfter(tokens, v, lemma);
  if (c < 0 && CHARGE_PREPOSITION[lemma]) c = chargeAfter(tokens, v, CHARGE_PREPOSITION[lemma]);
  if (c < 0) {
    // "Clinton called half of Donald Trump's supporters “deplorables.”": a complement with
    // quoted words inside is mixed speech even without a clause.
    const e = clauseEnd(tokens, v + 1);
    // A verb of saying with an object needs a real quotation in it ("disclosed details of a
    // “lengthy” call" is narration with a scare quote); "called …" needs only a word.
    const need = mixedOnly ? 1 : 3;
    if (e - (v + 1) < 3 || !hasQuoteMark(tokens, v + 1, e) || quotedWords(tokens, v + 1, e) < need)
      return null;
    c = v + 1;
  }
  // "vowed to …" (src/infinitive-promises.ts); every other content runs to the clause's end.
  // "by saying he is ready …": only a clear clause ("that …", a pronoun or an auxiliary).
  const byIng = !mixedOnly && tokens[v]?.lower.endsWith("ing") && afterGerundPreposition(tokens, v);
  if (byIng && !clearClause(tokens, c)) return null;
  const end = promiseEnd(tokens, v, c, lemma) ?? clauseEnd(tokens, c);
  if (end < 0) return null;
  if (!contentOk(tokens, c, end)) return null;
  let speaker: SpeakerRef | null = null;
  const t = tokens[v] as Token;
  const ing = t.lower.endsWith("ing");
  const p = tokens[v - 1] as Token | undefined;
  if (ing && (p?.text === "," || mixedOnly || afterGerundPreposition(tokens, v))) {
    // "…, saying that …" / "issued a statement calling the test “a clear violation”": the
    // sentence's subject.
    speaker = subjectBefore(model, registry, s, v) ?? firstSubjectSpeaker(model, registry, s, v);
  } else {
    speaker = subjectBefore(model, registry, s, v);
    if (!speaker && !t.lower.endsWith("ing")) {
      const a = sourceStart(tokens, v);
      if ((tokens[a - 1] as Token | undefined)?.lower === "what") return null;
      let b = v;
      while (b > a && isSkippable(tokens[b - 1] as Token)) b--;
      // "Vice President Joseph R. Biden Jr., who was to travel to …, said": the first subject.
      if (b <= a) speaker = firstSubjectSpeaker(model, registry, s, v);
      else
        speaker =
          sourceSpeaker(model, registry, s, a, b) ??
          looseSource(model, s, a, b) ??
          whoDescription(model, s, a);
      // "The Republican nominee also outlined his plan and vowed …": a coordinated cue shares
      // the subject before the first verb.
      if (!speaker && tokens[b - 1]?.lower === "and") {
        let f = a;
        while (f < b && !isVerbLike(tokens[f] as Token)) f++;
        while (f > a && isSkippable(tokens[f - 1] as Token)) f--;
        if (f > a && f < b) speaker = sourceSpeaker(model, registry, s, a, f);
      }
    }
  }
  if (!speaker) {
    // "It says the campaign violated …": an unresolved pronoun still marks reported speech.
    const p = tokens[v - 1];
    if (!p?.word || !PRONOUN_WORDS.has(p.lower) || t.lower.endsWith("ing")) return null;
  }
  return { a: c, b: end, speaker };
}
