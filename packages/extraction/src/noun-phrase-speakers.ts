/**
 * Speakers named by a noun phrase ("the ministry", "a spokesperson for Acme Corp", "officials"),
 * and definite descriptions resolved to an earlier person or organisation ("the company").
 */
import { campaignSpeaker, FOCUS_HEADS, focusPerson } from "./description-speakers.ts";
import type { DocumentModel, EntityRecord, Mention, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { FUNCTION_WORDS } from "./lexicon/common-words.ts";
import { ORG_NOUNS } from "./lexicon/organizations.ts";
import { PERSON_NOUNS } from "./lexicon/roles.ts";
import { isPressName, PRESS_NOUNS } from "./press-descriptions.ts";
import {
  DETERMINERS,
  findFirstMention,
  type SpeakerRef,
  speakerFromMention,
} from "./speaker-mentions.ts";
import { isPluralGroup, isSpeakerNoun, SOURCE_NOUNS } from "./speaker-nouns.ts";
import { firstWordAt, lastWordEnd, type Token } from "./tokenize.ts";

const PARTITIVES = new Set("one some several many most two three four few none".split(" "));

const CLAUSE_MARKERS = new Set(
  `that which who whom whose and but or would will is are was were has have had be been not if when
while because although`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Speaker for a token range that names who spoke ("he", "Dr. Maria Chen", "the ministry",
 * "a spokesperson for Acme Corp", "officials"): the noun-phrase rule of every pass (the
 * speech-frame pass extends it in sourceSpeaker).
 */
export function speakerFromNounPhrase(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  a: number,
  b: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  const start = firstWordAt(tokens, a, b);
  const end = lastWordEnd(tokens, start, b);
  if (end <= start) return null;
  const campaign = campaignSpeaker(model, registry, s, start, end);
  if (campaign) return campaign;
  // Prefer a non-possessive person/org/pronoun mention.
  let prepositionalOrg: Mention | undefined;
  for (const m of s.mentions) {
    if (m.tokenStart < start || m.tokenStart >= end || m.inQuote) continue;
    if (m.possessive) continue;
    const after = tokens[m.tokenEnd];
    if (
      m.unknownWord &&
      m.entityId < 0 &&
      m.tokenEnd < end &&
      after?.word &&
      !after.cap &&
      isSpeakerNoun(after.lower)
    )
      continue; // "Passenger groups", "Opposition lawmakers": a modifier, not a name.
    if (m.prepositional && m.tokenStart > start) {
      if (!prepositionalOrg) prepositionalOrg = m;
      continue;
    }
    const ref = speakerFromMention(registry, m, model);
    if (ref) return ref;
  }
  // "one of the former employees", "some of the residents": a partitive group phrase.
  const q = (tokens[start] as Token).lower;
  if (
    PARTITIVES.has(q) &&
    (tokens[start + 1] as Token | undefined)?.lower === "of" &&
    end - start <= 7 &&
    isPluralGroup((tokens[end - 1] as Token).lower)
  ) {
    const text = model.input.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end);
    return { entityId: -1, name: text, role: null };
  }
  // Head noun: last word before a preposition or comma.
  let head = start;
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    if (!t.word || t.lower === "for" || t.lower === "of" || t.lower === "at" || t.lower === "with")
      break;
    head = k;
  }
  const headWord = (tokens[head] as Token).lower;
  if (prepositionalOrg && (PERSON_NOUNS.has(headWord) || headWord.startsWith("spokes"))) {
    const ref = speakerFromMention(registry, prepositionalOrg, model);
    if (ref) {
      const e = registry.get(ref.entityId);
      if (e?.type === "organization") return { ...ref, role: headWord };
      return ref;
    }
  }
  if (
    PERSON_NOUNS.has(headWord) ||
    ORG_NOUNS.has(headWord) ||
    PRESS_NOUNS.has(headWord) ||
    FOCUS_HEADS.has(headWord)
  ) {
    const ref = resolveNominal(model, registry, s, tokens, start, head);
    if (ref) return ref;
    // "the senator" with no earlier senator by role: the person the text is about.
    // Only a bare "the senator": "the Florida senator" may be someone else (kept as a phrase).
    if (
      (tokens[start] as Token).lower === "the" &&
      head === start + 1 &&
      FOCUS_HEADS.has(headWord)
    ) {
      const focus = focusPerson(model, registry, s, start, headWord);
      if (focus) return focus;
    }
  }
  // An indefinite description is often named in the next sentence(s):
  // "A former treasurer … testified …. Linda Marsh, 58, is charged …".
  const det = (tokens[start] as Token).lower;
  if ((det === "a" || det === "an") && PERSON_NOUNS.has(headWord)) {
    for (let si = s.index + 1; si <= s.index + 2 && si < model.sentences.length; si++) {
      const next = model.sentences[si] as Sentence;
      if (next.blockIndex - s.blockIndex > 1) break;
      const m = findFirstMention(next, 0, next.tokens.length);
      if (
        m &&
        m.kind === "name" &&
        m.entityId >= 0 &&
        registry.get(m.entityId)?.type === "person"
      ) {
        return speakerFromMention(registry, m, model);
      }
    }
  }
  const words = end - start;
  if (words > 6) return null;
  let textStart = start;
  while (textStart < end && DETERMINERS.has((tokens[textStart] as Token).lower)) textStart++;
  if (textStart >= end) return null;
  const lastWord = (tokens[end - 1] as Token).lower;
  if (SOURCE_NOUNS.has(lastWord) && !(tokens[end - 1] as Token).cap) {
    // "court documents", "the club's own figures", "contracts and payment records".
    const text = model.input.slice(
      (tokens[textStart] as Token).start,
      (tokens[end - 1] as Token).end,
    );
    return { entityId: -1, name: text, role: null };
  }
  // A phrase speaker needs a speaker-like head and no clause inside it.
  for (let k = textStart; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.word && CLAUSE_MARKERS.has(t.lower)) return null;
    if (t.word && !t.cap && t.lower.endsWith("ing")) return null;
  }
  const last = tokens[head] as Token;
  if (!isSpeakerNoun(last.lower) && !last.cap) return null;
  const text = model.input.slice(
    (tokens[textStart] as Token).start,
    (tokens[end - 1] as Token).end,
  );
  if (FUNCTION_WORDS.has(text.toLowerCase())) return null;
  return { entityId: -1, name: text, role: null };
}

/** "the state epidemiologist" -> the latest person whose role mentions "epidemiologist". */
function resolveNominal(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  tokens: Token[],
  start: number,
  head: number,
): SpeakerRef | null {
  const headWord = (tokens[head] as Token).lower;
  const isOrgNoun =
    (ORG_NOUNS.has(headWord) || PRESS_NOUNS.has(headWord)) && !PERSON_NOUNS.has(headWord);
  // "the company" with several companies in reach: the one the headline is about wins, else the
  // most recent ("Analysts polled by LSEG …. Net income fell …, the company said").
  const headline = model.input.slice(0, Math.min(300, model.input.indexOf("\n") + 1 || 300));
  const preferHeadline = isOrgNoun && genericOrgNoun(headWord);
  let recent: SpeakerRef | null = null;
  for (let si = s.index; si >= 0 && si >= s.index - 15; si--) {
    const sent = model.sentences[si] as Sentence;
    for (let i = sent.mentions.length - 1; i >= 0; i--) {
      const m = sent.mentions[i] as Mention;
      if (m.entityId < 0 || m.kind !== "name" || m.inQuote) continue;
      if (si === s.index && m.tokenStart >= start) continue;
      const e = registry.get(m.entityId) as EntityRecord;
      if (isOrgNoun) {
        if (
          e.type === "organization" &&
          (e.name.toLowerCase().includes(headWord) ||
            (PRESS_NOUNS.has(headWord) && isPressName(e.name)) ||
            (genericOrgNoun(headWord) &&
              !(COMMERCIAL_NOUNS.has(headWord) && PUBLIC_BODY.test(e.name))))
        ) {
          const ref = { entityId: e.id, name: e.name, role: null };
          if (!preferHeadline || headline.includes(e.name)) return ref;
          recent ??= ref;
        }
      } else if (e.type === "person") {
        const roles = `${(m.role ?? "").toLowerCase()} ${(e.role ?? "").toLowerCase()}`;
        const synonyms = NOMINAL_SYNONYMS[headWord] ?? [headWord];
        if (synonyms.some((w) => roles.includes(w)))
          return { entityId: e.id, name: e.name, role: e.role };
      }
    }
  }
  void start;
  return recent;
}

const NOMINAL_SYNONYMS: Record<string, string[]> = {
  leader: ["leader", "president", "prime minister", "chancellor", "premier", "king", "chief"],
  official: ["official", "secretary", "minister", "director", "commissioner", "spokes"],
  executive: ["executive", "ceo", "chief", "president"],
  lawmaker: ["lawmaker", "senator", "representative", "congress", "mp", "assembly", "council"],
  spokesperson: ["spokes"],
  spokesman: ["spokes"],
  spokeswoman: ["spokes"],
};

/** "the company" / "the firm" never refers to police, a ministry, a court or a council. */
const COMMERCIAL_NOUNS = new Set(["company", "firm"]);
const PUBLIC_BODY =
  /\b(police|department|ministry|agency|office|council|court|government|university|school|hospital|union|commission|authority|board|army|navy|parliament|congress|senate|fbi|cia)\b/i;

function genericOrgNoun(w: string): boolean {
  return (
    w === "company" || w === "firm" || w === "group" || w === "organization" || w === "organisation"
  );
}
