/**
 * Descriptions as speakers that name no one themselves (issue 15, PolNeAR train error analysis):
 * "the senator said", "the governor added" refer to the person the text is about; "Sanders’
 * campaign said" / "the campaign said" to a candidate's campaign. Bounded look-backs only.
 */
import type { DocumentModel, EntityRecord, Mention, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { NOT_A_NAME } from "./lexicon/common-words.ts";
import { type SpeakerRef, speakerFromMention } from "./speaker-mentions.ts";
import type { Token } from "./tokenize.ts";

/**
 * Definite descriptions that, with no earlier person holding that role, mean the person in
 * focus: "the senator", "the candidate", "the retired neurosurgeon". Not "the president" or
 * "the secretary" (usually someone else than the story's subject), nor spokespeople, officials,
 * aides or experts (other people speaking about the subject).
 */
export const FOCUS_HEADS: ReadonlySet<string> = new Set(
  `senator governor candidate nominee executive mayor congressman congresswoman businessman
businesswoman billionaire mogul neurosurgeon frontrunner front-runner lawmaker chairman chairwoman`
    .split(/\s+/)
    .filter(Boolean),
);

/** How many sentences back the person in focus may be. */
const FOCUS_WINDOW = 4;

function genderFits(head: string, e: EntityRecord): boolean {
  if (head.endsWith("woman")) return e.gender !== "m";
  if (head.endsWith("man")) return e.gender !== "f";
  return true;
}

/**
 * "the governor" → the subject-like person mention (not quoted, possessive or after a
 * preposition) of the nearest sentence before it, looking back at most FOCUS_WINDOW sentences
 * and never past the previous paragraph.
 */
export function focusPerson(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  start: number,
  head: string,
): SpeakerRef | null {
  for (let si = s.index; si >= 0 && si >= s.index - FOCUS_WINDOW; si--) {
    const sent = model.sentences[si] as Sentence;
    if (s.blockIndex - sent.blockIndex > 1) break;
    for (const m of sent.mentions) {
      if (si === s.index && m.tokenStart >= start) break;
      if (m.kind !== "name" || m.inQuote || m.possessive || m.prepositional) continue;
      // A capitalised word opening a sentence, never seen in a full name ("Sooner", "Reacting").
      if (m.unknownWord && m.tokenStart === 0 && NOT_A_NAME.test(sent.tokens[0]?.text ?? ""))
        continue;
      const ref = speakerFromMention(registry, m, model);
      const e = ref ? registry.get(ref.entityId) : undefined;
      if (!ref || e?.type !== "person" || !genderFits(head, e)) continue;
      return ref;
    }
  }
  return null;
}

/** Nouns for a candidate's organisation: "Sanders’ campaign", "the Clinton camp", "Trump's team". */
const CAMPAIGN_NOUNS: ReadonlySet<string> = new Set(["campaign", "camp", "team"]);

function isPossessiveEnd(t: Token | undefined): boolean {
  return t !== undefined && (!t.word || /^['’]?s$/i.test(t.text));
}

/** The mention ends right before token k (a possessive ending "’s" / "’" may sit between). */
function endsBefore(tokens: readonly Token[], m: Mention, k: number): boolean {
  let j = m.tokenEnd;
  while (j < k && (!(tokens[j] as Token).word || /^(['’]?s)$/i.test((tokens[j] as Token).text)))
    j++;
  return j === k && m.tokenEnd <= k;
}

function campaignRef(
  model: DocumentModel,
  registry: EntityRegistry,
  m: Mention,
  noun: string,
): SpeakerRef | null {
  // "Sanders’ campaign", or "his campaign" with "his" resolved to a person.
  if (m.inQuote || (m.kind === "pronoun" && !m.possessive)) return null;
  const ref = speakerFromMention(registry, m, model);
  if (!ref || registry.get(ref.entityId)?.type !== "person") return null;
  return { entityId: -1, name: `${ref.name} ${noun}`, role: null };
}

/**
 * "Sanders’ campaign" (a person mention right before a campaign noun, possessive or not) →
 * "Bernie Sanders campaign"; a bare "the campaign" → the nearest such phrase up to 8 sentences
 * back. The phrase ends at the noun (tokens a..b-1 hold the description).
 */
export function campaignSpeaker(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  a: number,
  b: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  const last = tokens[b - 1] as Token | undefined;
  if (!last || !CAMPAIGN_NOUNS.has(last.lower)) return null;
  // The noun phrase may start after the possessive ("Sanders’" "campaign"): look just before it.
  for (const m of s.mentions)
    if (m.tokenStart >= a - 4 && endsBefore(tokens, m, b - 1))
      return campaignRef(model, registry, m, last.lower);
  if (b - a < 2 || (tokens[b - 2] as Token).lower !== "the") return null;
  for (let si = s.index; si >= 0 && si >= s.index - 8; si--) {
    const sent = model.sentences[si] as Sentence;
    for (let i = sent.mentions.length - 1; i >= 0; i--) {
      const m = sent.mentions[i] as Mention;
      if (si === s.index && m.tokenEnd >= a) continue;
      let k = m.tokenEnd;
      while (k < m.tokenEnd + 2 && isPossessiveEnd(sent.tokens[k])) k++;
      const next = sent.tokens[k];
      if (next && CAMPAIGN_NOUNS.has(next.lower)) {
        const ref = campaignRef(model, registry, m, next.lower);
        if (ref) return ref;
      }
    }
  }
  return null;
}
