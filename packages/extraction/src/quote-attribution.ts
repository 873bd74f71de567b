/**
 * The words that attribute a quote: after it ('," Shaw said', '," said Dr. Chen, the …'), before
 * it ('Shaw said: "…"'), and the first subject of a range. Used by attribute-quotes.ts.
 */
import { accordingAfterVerb, accordingPhrase, accordingToSpeaker } from "./according-to.ts";
import type { DocumentModel, EntityRecord, Mention, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { PERSON_NOUNS } from "./lexicon/roles.ts";
import { QUOTE_VERB_LEMMAS, SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import { speakerFromNounPhrase } from "./noun-phrase-speakers.ts";
import {
  anonymousSource,
  documentSource,
  isAbbreviationDot,
  isReportVerbAfterQuote,
  MANNER_VERBS,
} from "./quote-cues.ts";
import { isSkippable, subjectBefore } from "./resolve-speakers.ts";
import { inMainClause, type SpeakerRef, speakerFromMention } from "./speaker-mentions.ts";
import { isOpenerWord } from "./speaker-opener-words.ts";
import { firstWordAt, type Token } from "./tokenize.ts";

const NP_STOP = new Set([
  "in",
  "on",
  "at",
  "to",
  "during",
  "after",
  "before",
  "while",
  "when",
  "as",
  "from",
  "via",
  "about",
]);

const TELL_FORMS = new Set(["tell", "tells", "told", "telling"]);

function isQuoteVerb(t: Token): boolean {
  if (!t.word || t.inQuote || (t.cap && t.lower !== "said" && t.lower !== "says")) return false;
  const lemma = SPEECH_VERBS.get(t.lower);
  return (lemma !== undefined && QUOTE_VERB_LEMMAS.has(lemma)) || MANNER_VERBS.has(t.lower);
}

export function isAnySpeechVerb(t: Token): boolean {
  return t.word && !t.inQuote && !t.cap && SPEECH_VERBS.has(t.lower);
}

/** Role from an appositive right after a name: "…, the state epidemiologist, …". */
function appositiveRole(model: DocumentModel, tokens: Token[], k: number): string | null {
  if ((tokens[k] as Token | undefined)?.text !== ",") return null;
  const det = tokens[k + 1];
  if (!det?.word || det.inQuote) return null;
  // ", the state epidemiologist," or ", director of the Tax Policy Center,"
  const hasDet = ["the", "a", "an", "its", "his", "her", "their"].includes(det.lower);
  if (!hasDet && (det.cap || !PERSON_NOUNS.has(det.lower))) return null;
  const from = hasDet ? k + 2 : k + 1;
  let j = from;
  while (j < tokens.length && j - k < 14) {
    const t = tokens[j] as Token;
    if (!t.word && t.text !== "-" && t.text !== "’" && t.text !== "'") break;
    if (j > k + 3 && ["for", "since", "who", "which", "when", "and"].includes(t.lower)) break;
    j++;
  }
  if (j === from) return null;
  return model.input.slice((tokens[from] as Token).start, (tokens[j - 1] as Token).end);
}

/** A person named right after a comma: ", Luis Ferrer," */
function appositiveName(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  comma: number,
): SpeakerRef | null {
  const m = s.mentions.find((x) => x.tokenStart === comma + 1 && x.kind === "name" && !x.inQuote);
  if (!m) return null;
  const ref = speakerFromMention(registry, m, model);
  if (!ref || ref.entityId < 0 || registry.get(ref.entityId)?.type !== "person") return null;
  return ref;
}

function textBetween(model: DocumentModel, tokens: Token[], a: number, b: number): string | null {
  if (b <= a) return null;
  return model.input.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
}

function applyRole(registry: EntityRegistry, ref: SpeakerRef, role: string | null): SpeakerRef {
  if (!role || ref.entityId < 0) return ref;
  const e = registry.get(ref.entityId) as EntityRecord;
  if (!e.role || /^(mr|mrs|ms|miss|dr|prof|sir|dame)\.?$/i.test(e.role)) e.role = role;
  return { ...ref, role: e.role };
}

/** Attribution in the words after a quote: '," Shaw said' / '," said Dr. Chen, the …'. */
export function attributionAfter(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  from: number,
  to: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  const a = firstWordAt(tokens, from, to);
  let words = 0;
  // A name with an appositive may run long: '," said Michael McFaul, a senior fellow at … ,'.
  const first = s.mentions.find((m) => m.tokenStart === a && m.kind === "name" && !m.inQuote);
  const verbFirst = (tokens[a] as Token | undefined)?.word && isQuoteVerb(tokens[a] as Token);
  const limit = first || verbFirst ? 45 : 16;
  for (let v = a; v < to && words < limit; v++) {
    const t = tokens[v] as Token;
    if (!t.word) {
      if (t.text === "." && isAbbreviationDot(tokens, v)) continue;
      if (t.text === "." || t.text === ";" || t.text === "!" || t.text === "?") return null;
      continue;
    }
    words++;
    if (t.lower === "according" && (tokens[v + 1] as Token | undefined)?.lower === "to") {
      return accordingToSpeaker(model, registry, s, v, to).speaker;
    }
    if (t.lower === "read" || t.lower === "reads") {
      // '“…,” the email read' / '“…,” reads a Wednesday editorial': only a writing reads.
      let e = v + 1;
      while (e < to && (tokens[e] as Token).word && !NP_STOP.has((tokens[e] as Token).lower)) e++;
      const doc =
        (v > a ? documentSource(model, tokens, a, v) : null) ??
        documentSource(model, tokens, v + 1, e);
      if (doc) return doc;
      continue;
    }
    if (!isQuoteVerb(t) && !isReportVerbAfterQuote(t)) continue;
    if (t.lower === "put" && (tokens[v + 1] as Token | undefined)?.lower !== "it") continue;
    // '“…,” Sanders said, according to CNN': the outlet that reports the quote.
    const nested = accordingAfterVerb(tokens, v, to);
    if (nested >= 0) {
      const outlet =
        accordingToSpeaker(model, registry, s, nested, to).speaker ??
        accordingPhrase(model.input, tokens, nested, to);
      if (outlet) return outlet;
    }
    const lead = tokens[a] as Token;
    if (
      v > a &&
      (tokens[v - 1] as Token).text === "," &&
      !lead.cap &&
      !["he", "she", "they", "we", "i", "it"].includes(lead.lower)
    ) {
      // '“We're extremely happy” about the decision, said RoseAnn DeMoro, …': the words before
      // the comma continue the quote's sentence; the speaker follows the verb.
      let e = v + 1;
      while (e < to && (tokens[e] as Token).word && !NP_STOP.has((tokens[e] as Token).lower)) e++;
      const after = e > v + 1 ? speakerFromNounPhrase(model, registry, s, v + 1, e) : null;
      if (after && after.entityId >= 0)
        return applyRole(registry, after, appositiveRole(model, tokens, e));
    }
    if (v > a) {
      // NP before the verb, e.g. "Dr. Maria Chen, the state epidemiologist, said".
      let npEnd = v;
      while (npEnd > a && isSkippable(tokens[npEnd - 1] as Token)) npEnd--;
      let firstComma = -1;
      for (let k = a; k < npEnd; k++)
        if ((tokens[k] as Token).text === ",") {
          firstComma = k;
          break;
        }
      const doc = documentSource(model, tokens, a, npEnd);
      if (doc) return doc;
      // '“…” because she would expand her lead, he said': after a subordinate clause that goes on
      // with the quote's sentence, the speaker is the one right before the verb.
      const late = firstComma > 0 ? subjectAfterSubordinate(model, registry, s, a, npEnd) : null;
      if (late) return late;
      const ref = speakerFromNounPhrase(model, registry, s, a, firstComma > 0 ? firstComma : npEnd);
      if ((!ref || ref.entityId < 0) && firstComma > 0) {
        // "the spokesman, Luis Ferrer, said": the appositive name is the speaker.
        const named = appositiveName(model, registry, s, firstComma);
        if (named) return applyRole(registry, named, ref?.name ?? null);
      }
      if (!ref) return anonymousSource(model, tokens, a, npEnd);
      return applyRole(
        registry,
        ref,
        firstComma > 0 ? appositiveRole(model, tokens, firstComma) : null,
      );
    }
    // Verb first: "said Shaw" / "said the ministry in a statement".
    let e = v + 1;
    while (e < to) {
      const u = tokens[e] as Token;
      if (!u.word || (NP_STOP.has(u.lower) && !u.cap)) break;
      e++;
    }
    const doc = documentSource(model, tokens, v + 1, e);
    if (doc) return doc;
    const ref = speakerFromNounPhrase(model, registry, s, v + 1, e);
    if ((!ref || ref.entityId < 0) && (tokens[e] as Token | undefined)?.text === ",") {
      // "said Fiji's Prime Minister, Sitiveni Rabuka"
      const named = appositiveName(model, registry, s, e);
      if (named)
        return applyRole(registry, named, ref?.name ?? textBetween(model, tokens, v + 1, e));
    }
    if (!ref) return anonymousSource(model, tokens, v + 1, to);
    if (ref.entityId < 0) return phraseWithComplement(model, s, ref, v + 1, e);
    return applyRole(registry, ref, appositiveRole(model, tokens, e));
  }
  return null;
}

/** Words opening a subordinate clause that continues the quote's sentence before ", X said". */
const SUBORDINATORS = new Set(
  "because if when since although though while unless until as after before so".split(" "),
);

/**
 * The attribution words start with a subordinate clause ("because she would …, he said"): the
 * speaker is the noun phrase between the last comma and the verb at `npEnd`, or null.
 */
function subjectAfterSubordinate(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  a: number,
  npEnd: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  if (!SUBORDINATORS.has((tokens[a] as Token).lower)) return null;
  let lastComma = -1;
  for (let k = npEnd - 1; k > a; k--)
    if ((tokens[k] as Token).text === ",") {
      lastComma = k;
      break;
    }
  if (lastComma < 0 || npEnd - lastComma > 8) return null;
  return speakerFromNounPhrase(model, registry, s, lastComma + 1, npEnd);
}

const COMPLEMENT_PREPOSITIONS = new Set(["to", "of", "for", "with", "at"]);

/**
 * '“…,” said a longtime adviser to Trump': a phrase speaker keeps a preposition and the name
 * after it ("longtime adviser to Trump", "former top aide to President George W. Bush").
 */
function phraseWithComplement(
  model: DocumentModel,
  s: Sentence,
  ref: SpeakerRef,
  a: number,
  e: number,
): SpeakerRef {
  const prep = s.tokens[e];
  if (!prep?.word || prep.inQuote || !COMPLEMENT_PREPOSITIONS.has(prep.lower)) return ref;
  let k = e + 1;
  while (k < s.tokens.length && ["the", "both"].includes((s.tokens[k] as Token).lower)) k++;
  const m = s.mentions.find((x) => x.tokenStart === k && x.kind === "name" && !x.inQuote);
  if (!m || m.possessive) return ref;
  const from = model.input.indexOf(ref.name, (s.tokens[a] as Token).start);
  if (from < 0 || from > prep.start) return ref;
  return { ...ref, name: model.input.slice(from, (s.tokens[m.tokenEnd - 1] as Token).end) };
}

/** "Clinton remarked, …" / "said Sen. Jeff Sessions as …": a verb of saying among the first words. */
export function opensWithAttribution(s: Sentence): boolean {
  let words = 0;
  let appositive = false;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i] as Token;
    if (t.inQuote) return false;
    if (t.text === "," && !appositive && words >= 1 && words <= 4) {
      // "Will Estrada, the chairman for the county, said of the encounter": a name's appositive.
      const close = appositiveEnd(s.tokens, i);
      if (close < 0) return false;
      appositive = true;
      i = close;
      continue;
    }
    if (!t.word) continue;
    if (isQuoteVerb(t)) return true;
    if (++words >= 5) return false;
  }
  return false;
}

/** The comma closing an appositive opened by the comma at k (at most 12 words), or -1. */
function appositiveEnd(tokens: readonly Token[], k: number): number {
  let words = 0;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.inQuote) return -1;
    if (t.text === ",") return words > 0 ? j : -1;
    if (t.word && ++words > 12) return -1;
  }
  return -1;
}

/** Attribution before a quote: 'Shaw said: "…"' / 'X told reporters: "…"' / 'As she put it, "…"'. */
export function attributionBefore(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  to: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  let from = to;
  while (from > 0 && !(tokens[from - 1] as Token).inQuote) from--;
  for (let v = to - 1; v >= from; v--) {
    const t = tokens[v] as Token;
    if (t.word && t.lower === "according" && (tokens[v + 1] as Token | undefined)?.lower === "to") {
      return accordingToSpeaker(model, registry, s, v, to).speaker;
    }
    if (!isQuoteVerb(t)) continue;
    const subj = subjectBefore(model, registry, s, v);
    if (subj) return subj;
    // "telling CNBC: “…”": who is told is not who speaks.
    if (TELL_FORMS.has(t.lower)) return null;
    let e = v + 1;
    while (e < to && (tokens[e] as Token).word && !NP_STOP.has((tokens[e] as Token).lower)) e++;
    if (e > v + 1) {
      const ref = speakerFromNounPhrase(model, registry, s, v + 1, e);
      if (ref && ref.entityId >= 0) return ref;
    }
    return null;
  }
  return null;
}

/** The first subject-like mention of tokens from..to-1, else the first after a preposition. */
export function firstSubjectMention(s: Sentence, from: number, to: number): Mention | undefined {
  return inMainClause(s, from, to, (a, b) => {
    let fallback: Mention | undefined;
    let opener: Mention | undefined;
    for (const m of s.mentions) {
      if (m.tokenStart < a || m.tokenEnd > b || m.inQuote) continue;
      if (m.entityId < 0 && !m.unknownWord) continue;
      if (isOpenerWord(s, m)) opener ??= m;
      else if (!m.possessive && !m.prepositional) return m;
      else if (!fallback && !m.possessive) fallback = m;
    }
    return opener ?? fallback;
  });
}
