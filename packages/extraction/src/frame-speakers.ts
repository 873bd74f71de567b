import { ADVERBIAL, FINITE_CUES, wordCount } from "./clause-parts.ts";
import type { DocumentModel, Mention, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { DETS, PRONOUN_WORDS } from "./frame-parts.ts";
import { FUNCTION_WORDS, MONTHS, SENTENCE_STARTERS, WEEKDAYS } from "./lexicon/common-words.ts";
import { PERSON_NOUNS } from "./lexicon/roles.ts";
import { speakerFromNounPhrase } from "./noun-phrase-speakers.ts";
import { PARTY_TAG } from "./resolve-speakers.ts";
import { inMainClause, type SpeakerRef, speakerFromMention } from "./speaker-mentions.ts";
import { isSpeakerNoun, SOURCE_NOUNS } from "./speaker-nouns.ts";
import { firstWordAt, lastWordEnd, type Token } from "./tokenize.ts";

/** Who spoke, for the speech-frame pass: names with appositives, relative pronouns, descriptions. */

export function mentionAt(s: Sentence, k: number): Mention | undefined {
  for (const m of s.mentions) if (m.tokenStart <= k && k < m.tokenEnd && !m.inQuote) return m;
  return undefined;
}

const PARTITIVE_WORDS = new Set("many some most all several one none few two both each".split(" "));

/** Heads of descriptions that speak in news text, beyond the role and group lexicons. */
export const PHRASE_HEADS = new Set(
  `critics experts analysts sources source aides advisers advisors officials supporters opponents
democrats republicans voters slide campaign ad ads observers insiders allies rivals strategists
economists scholars lawmakers legislators organizers activists advocates residents witnesses
investigators prosecutors authorities leaders members people others many some several most percent
respondents nominee candidate senator governor president chairman chairwoman director spokesman
spokeswoman secretary leader mayor lawmaker official adviser strategist analyst expert aide
businessman businesswoman lady surveyed polled interviewed majority half third quarter plurality friend friends person
relatives family neighbors colleagues staff aides confidants backers fund group panel board council
commission center institute paper newspaper network magazine website outlet analysis article book
video memo letter statement tweet post agency office department committee`.split(/\s+/),
);

/** A description used as a speaker: "restructuring experts", "one slide", "many of whom". */
export function phraseSpeaker(
  model: DocumentModel,
  tokens: Token[],
  a: number,
  b: number,
  loose = false,
): SpeakerRef | null {
  let start = a;
  while (start < b && (!(tokens[start] as Token).word || DETS.has((tokens[start] as Token).lower)))
    start++;
  // "Some say …", "Many said …": a lone partitive is the description (loose sources only).
  if (loose && start >= b && b - a === 1 && PARTITIVE_WORDS.has((tokens[a] as Token).lower))
    start = a;
  let end = b;
  // "Health officials on Thursday": the time adverbial is not part of who spoke.
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k] as Token;
    const nx = tokens[k + 1] as Token | undefined;
    if (
      [
        "on",
        "in",
        "at",
        "during",
        "last",
        "this",
        "earlier",
        "later",
        "yesterday",
        "today",
      ].includes(t.lower) &&
      (!nx || k + 1 >= end || WEEKDAYS.has(nx.lower) || ADVERBIAL.has(nx.lower) || nx.numeric) &&
      // "six in 10" is a share of voters, not a time.
      !(t.lower === "in" && nx?.lower === "10")
    ) {
      end = k;
      break;
    }
  }
  end = lastWordEnd(tokens, start, end);
  // "Her campaign workers here said …": a place adverb after the head is not part of it.
  if (end - start > 1 && /^(here|there)$/.test((tokens[end - 1] as Token).lower)) end--;
  if (end <= start || wordCount(tokens, start, end) > 11) return null;
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote) return null;
    if (t.word && !t.cap && /^(is|are|was|were|has|have|had|will|would|can|could)$/.test(t.lower))
      return null;
  }
  const name = model.input.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end);
  if (PRONOUN_WORDS.has(name.toLowerCase())) return null;
  // "Wednesday added one more development": a date is not who spoke.
  if (end - start === 1 && (WEEKDAYS.has(name.toLowerCase()) || MONTHS.has(name.toLowerCase())))
    return null;
  // "Now tell us …", "Keeps saying …": a lone sentence-initial word is not who spoke.
  if (end - start === 1 && start === 0 && !PHRASE_HEADS.has(name.toLowerCase())) {
    const lower = name.toLowerCase();
    if (SENTENCE_STARTERS.has(lower) || FUNCTION_WORDS.has(lower) || /s$/.test(lower)) return null;
  }
  // A speaker-like head: "critics", "restructuring experts", "one slide", "the letter" — not
  // "Hegseth's comments" (what someone said is not who said it).
  let head = end - 1;
  for (let k = start; k < end; k++) {
    const w = (tokens[k] as Token).lower;
    // "a source close to him", "a person familiar with the talks": the head is before.
    const after = ["close", "familiar", "involved", "briefed"].includes(w) && k > start;
    if (after || ["of", "for", "at", "in", "from", "on", "with", "and", "who"].includes(w)) {
      head = k - 1;
      break;
    }
  }
  const h = tokens[head] as Token | undefined;
  if (!h?.word) return null;
  if (
    !isSpeakerNoun(h.lower) &&
    !SOURCE_NOUNS.has(h.lower) &&
    !PHRASE_HEADS.has(h.lower) &&
    !h.cap
  ) {
    // Loose (the subject of a verb of saying before a clause): any noun-like head, "the
    // billionaire real estate magnate", "67 percent of voters", "six in 10", "the results".
    if (!loose || !looseHead(h)) return null;
  }
  // "Ivana Trump's brief said …" is a cited document; "Hegseth's comments suggest …" is not.
  // "Romney's aides said …" speaks for them too (PHRASE_HEADS are people, groups and documents).
  if (
    (tokens[start] as Token).possessive &&
    !isSpeakerNoun(h.lower) &&
    !SOURCE_NOUNS.has(h.lower) &&
    !PHRASE_HEADS.has(h.lower)
  )
    return null;
  return { entityId: -1, name, role: null };
}

const LOOSE_NOT_HEADS = new Set(
  "here there now then this that what which it so such thus again".split(" "),
);

function looseHead(h: Token): boolean {
  if (h.numeric) return true;
  if (h.cap || h.possessive) return false;
  if (
    LOOSE_NOT_HEADS.has(h.lower) ||
    (FUNCTION_WORDS.has(h.lower) && !PARTITIVE_WORDS.has(h.lower))
  )
    return false;
  return !(h.lower.endsWith("ly") || h.lower.endsWith("ing"));
}

/**
 * Speaker for tokens a..b that name who spoke, as the speech-frame pass reads them: a relative
 * pronoun's noun phrase ("many of whom"), a name with its appositive role, then the noun-phrase
 * rule every pass shares (speakerFromNounPhrase), then the looser description test only this
 * pass accepts (phraseSpeaker; as every pass's fallback it changes their speakers).
 */
export function sourceSpeaker(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  a: number,
  b: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  const start = firstWordAt(tokens, a, b);
  if (start >= b) return null;
  // "who"/"whom"/"many of whom": the noun phrase before the relative pronoun.
  const first = tokens[start] as Token;
  if (first.lower === "who" || first.lower === "whom" || first.lower === "which") {
    let j = start - 1;
    // "supporters, many of whom say …": the noun phrase before "many of".
    if (tokens[j]?.lower === "of" && PARTITIVE_WORDS.has(tokens[j - 1]?.lower ?? "")) j -= 2;
    if ((tokens[j] as Token | undefined)?.text === ",") j--;
    const m = j >= 0 ? mentionAt(s, j) : undefined;
    if (m) return speakerFromMention(registry, m, model);
    let k = j;
    while (k > 0 && j - k < 4 && (tokens[k - 1] as Token).word && !(tokens[k - 1] as Token).cap)
      k--;
    return j >= 0 ? phraseSpeaker(model, tokens, k, j + 1) : null;
  }
  // Name first, then an appositive ("Rep. Gregory W. Meeks (D-N.Y.), chairman of …,").
  const m = mentionAt(s, start);
  if (m && m.tokenStart === start && !m.possessive) {
    const after = tokens[m.tokenEnd];
    if (!after || after.text === "," || after.text === "(" || m.tokenEnd >= b) {
      const ref = speakerFromMention(registry, m, model);
      if (ref) {
        const role = appositiveText(model, tokens, m.tokenEnd, b);
        if (role && ref.entityId >= 0) {
          const e = registry.get(ref.entityId);
          if (e && !e.role) e.role = role;
          return { ...ref, role: e?.role ?? role };
        }
        return ref;
      }
    }
  }
  const ref = speakerFromNounPhrase(model, registry, s, start, b);
  if (ref) return ref;
  return phraseSpeaker(model, tokens, start, b);
}

/** ", chairman of the Congressional Black Caucus PAC," → the role text (no party tags). */
export function appositiveText(
  model: DocumentModel,
  tokens: Token[],
  k: number,
  b: number,
): string | null {
  let j = k;
  if ((tokens[j] as Token | undefined)?.text === "(") {
    while (j < b && (tokens[j] as Token).text !== ")") j++;
    j++;
  }
  if ((tokens[j] as Token | undefined)?.text !== ",") return null;
  let e = j + 1;
  while (e < b && (tokens[e] as Token).text !== "," && (tokens[e] as Token).text !== "(") e++;
  e = lastWordEnd(tokens, j + 1, e);
  if (e <= j + 1) return null;
  const text = model.input.slice((tokens[j + 1] as Token).start, (tokens[e - 1] as Token).end);
  if (PARTY_TAG.test(text) || text.split(/\s+/).length > 14) return null;
  const first = tokens[j + 1] as Token;
  if (
    !first.word ||
    (!first.cap && !ROLE_OPENERS.has(first.lower) && !PERSON_NOUNS.has(first.lower))
  )
    return null;
  for (let k2 = j + 1; k2 < e; k2++) {
    const t = tokens[k2] as Token;
    if (t.word && !t.cap && FINITE_CUES.has(t.lower)) return null;
  }
  return text.replace(/^(the|a|an)\s+/i, "");
}

const ROLE_OPENERS = new Set("the a an his her its their one former longtime".split(" "));

/**
 * "Jeffrey Bewkes, the chief executive of Time Warner, argued …": the role given right after the
 * speaker's name in the statement's sentence, for a speaker who has none yet.
 */
export function roleAfterName(model: DocumentModel, s: Sentence, entityId: number): string | null {
  for (const m of s.mentions) {
    if (m.entityId !== entityId || m.inQuote || m.kind !== "name") continue;
    const role = appositiveText(model, s.tokens, m.tokenEnd, s.tokens.length);
    if (role) return role;
  }
  return null;
}

/**
 * The title an article gives a person where it first names them: "board president Marva
 * Herndon", "Union president Ingrid Walker" (a role noun right before the name, with up to two
 * modifiers), plus a party-and-district tag after it ("State Rep. Evan Goyke, D-Milwaukee," →
 * "State Rep., D-Milwaukee"). Null when the first mention has neither.
 */
export function introducedRole(model: DocumentModel, entityId: number, known: string | null) {
  for (const s of model.sentences) {
    for (const m of s.mentions) {
      if (m.entityId !== entityId || m.inQuote || m.kind !== "name") continue;
      const tokens = s.tokens;
      let role = known;
      let j = m.tokenStart;
      const head = tokens[j - 1];
      // The title at the introduction wins over a later appositive ("…, a former teacher").
      if (head?.word && !head.cap && PERSON_NOUNS.has(head.lower)) {
        let a = j - 1;
        while (a > 0 && j - 1 - a < 2) {
          const t = tokens[a - 1] as Token;
          if (!t.word || t.inQuote || DETS.has(t.lower) || t.possessive || FINITE_CUES.has(t.lower))
            break;
          if (!t.cap && !/^[a-z-]+$/.test(t.text)) break;
          if (SPEECH_VERBS_LIKE.test(t.lower)) break;
          a--;
        }
        role = model.input.slice((tokens[a] as Token).start, head.end);
      }
      // ", D-Milwaukee," / ", R-Fla.,"
      j = m.tokenEnd;
      if (tokens[j]?.text === "," && tokens[j + 1]) {
        const tag = (tokens[j + 1] as Token).text.replace(/\.$/, "");
        if (/^[RDI]-[A-Z][A-Za-z.]{1,20}$/.test(tag) && role && !role.includes(tag))
          role = `${role}, ${tag}`;
      }
      return role;
    }
  }
  return known;
}

const SPEECH_VERBS_LIKE = /^(said|says|told|added|according|by|with|and|or|of|for|to|at|in|on)$/;

export function firstSubjectSpeaker(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
): SpeakerRef | null {
  const found = inMainClause(s, 0, v, (a, b) => {
    for (const m of s.mentions) {
      if (m.tokenEnd > b) break;
      if (m.tokenStart < a || m.inQuote || m.possessive || m.prepositional) continue;
      const r = speakerFromMention(registry, m, model) ?? placeSpeaker(registry, m);
      if (r) return r;
    }
    return undefined;
  });
  return found ?? null;
}

/** "China, Pyongyang's only ally, said …": a country speaks through its government. */
function placeSpeaker(registry: EntityRegistry, m: Mention): SpeakerRef | null {
  const e = m.entityId >= 0 ? registry.get(m.entityId) : undefined;
  return e?.type === "place" ? { entityId: e.id, name: e.name, role: null } : null;
}

/**
 * "Defeating Islamic State is a higher priority than persuading Bashar al-Assad to step down,
 * he said.": a pronoun source after its clause refers back past the clause, to the subject of
 * an earlier sentence (same gender when known), not to a name inside the clause.
 */
export function pronounSourceBefore(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  a: number,
  b: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  const k = firstWordAt(tokens, a, b);
  const t = tokens[k];
  if (!t || k + 1 !== b || (t.lower !== "he" && t.lower !== "she")) return null;
  const gender = t.lower === "he" ? "m" : "f";
  for (let si = s.index - 1; si >= 0 && si >= s.index - 6; si--) {
    const prev = model.sentences[si] as Sentence;
    for (const m of prev.mentions) {
      if (m.inQuote || m.possessive || m.prepositional || m.entityId < 0) continue;
      const e = registry.get(m.entityId);
      if (e?.type !== "person" || (e.gender && e.gender !== gender)) continue;
      return { entityId: e.id, name: e.name, role: e.role };
    }
  }
  return null;
}
