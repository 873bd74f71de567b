import { campaignSpeaker, FOCUS_HEADS, focusPerson } from "./description-speakers";
import type { DocumentModel, EntityRecord, Mention, Sentence } from "./document-model";
import type { EntityRegistry } from "./entities";
import { FUNCTION_WORDS, SENTENCE_STARTERS } from "./lexicon/common-words";
import { ORG_NOUNS } from "./lexicon/organizations";
import { PERSON_NOUNS } from "./lexicon/roles";
import type { Token } from "./tokenize";

export interface SpeakerRef {
  /** Entity id, or -1 for a speaker known only as a phrase ("officials"). */
  entityId: number;
  name: string;
  role: string | null;
}

/** Auxiliaries and adverbs that can sit between a subject and its verb. */
const SKIPPABLE = new Set(
  `has have had also frequently repeatedly reportedly previously later again then once would will did
does do was is were are been being long just recently publicly privately quickly finally first never
not always often since earlier still further only already both all too even initially subsequently
separately later swiftly immediately flatly angrily calmly firmly simply openly had've could may might
should can must has-been`
    .split(/\s+/)
    .filter(Boolean),
);

/** US party-and-state tag: "R-Fla.", "D-N.Y.", "I-Vt". */
export const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]{0,12}$/;

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "its",
  "his",
  "her",
  "their",
  "our",
  "one",
]);

export function isSkippable(t: Token): boolean {
  return (
    t.word && !t.cap && (SKIPPABLE.has(t.lower) || (t.lower.endsWith("ly") && t.lower.length > 4))
  );
}

function mentionEndingAt(s: Sentence, k: number): Mention | undefined {
  for (const m of s.mentions) if (m.tokenStart <= k && k < m.tokenEnd) return m;
  return undefined;
}

/** Turns a mention into a speaker, promoting an unknown capitalised word to a person. */
export function speakerFromMention(
  registry: EntityRegistry,
  m: Mention,
  model: DocumentModel,
): SpeakerRef | null {
  if (m.kind === "pronoun") {
    if (m.entityId < 0) return null;
    const e = registry.get(m.entityId) as EntityRecord;
    return { entityId: e.id, name: e.name, role: e.role };
  }
  if (m.entityId < 0 && m.unknownWord) {
    const word = model.input.slice(m.start, m.end);
    const lower = word.toLowerCase();
    if (SENTENCE_STARTERS.has(lower) || FUNCTION_WORDS.has(lower)) return null;
    m.entityId = registry.person(word, m.role, null);
    m.unknownWord = false;
  }
  if (m.entityId < 0) return null;
  const e = registry.get(m.entityId) as EntityRecord;
  if (e.type === "place") return null;
  return { entityId: e.id, name: e.name, role: e.role };
}

/**
 * Finds the grammatical subject of the verb at token `v`: walks back over adverbs, auxiliaries
 * and comma-delimited parentheticals to a name, pronoun or role noun. Strict on purpose: a common
 * noun ("the report", "comments") yields null, because it is not a speaker.
 */
export function subjectBefore(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  let k = v - 1;
  let parentheticals = 0;
  while (k >= 0) {
    const t = tokens[k] as Token;
    if (t.inQuote) return null;
    if (isSkippable(t)) {
      k--;
      continue;
    }
    if ((t.text === "," || t.text === "—" || t.text === "–") && parentheticals < 2) {
      // ", while campaigning for re-election," or ", the state epidemiologist,"
      let j = k - 1;
      let steps = 0;
      while (j >= 0 && steps < 25 && (tokens[j] as Token).text !== t.text) {
        if ((tokens[j] as Token).inQuote) break;
        j--;
        steps++;
      }
      if (j < 0 || steps >= 25 || (tokens[j] as Token).text !== t.text) {
        // Appositive directly after the subject: "Chen, the state epidemiologist, said"
        const inner = tokens[k - 1];
        if (inner && !inner.inQuote) {
          const m0 = findFirstMention(s, Math.max(0, k - 25), k);
          if (m0) return speakerFromMention(registry, m0, model);
        }
        return null;
      }
      // ", R-Fla.," / ", D-N.Y.,": a party-and-state tag after a name is not the subject.
      const between = model.input
        .slice((tokens[j] as Token).end, (tokens[k] as Token).start)
        .trim();
      if (PARTY_TAG.test(between)) {
        parentheticals++;
        k = j - 1;
        continue;
      }
      // ", Tom Alvarez," after "The mayor": the appositive name is the subject.
      const appositive = findFirstMention(s, j + 1, k);
      if (
        appositive &&
        appositive.tokenStart === j + 1 &&
        appositive.kind === "name" &&
        k - j <= 6
      ) {
        const ref = speakerFromMention(registry, appositive, model);
        if (ref) return ref;
      }
      parentheticals++;
      k = j - 1;
      continue;
    }
    break;
  }
  if (k < 0) return null;
  const t = tokens[k] as Token;
  if (t.word && (t.lower === "and" || t.lower === "but")) {
    // Coordinated verbs share the subject: "Okafor called it a gift and said …".
    const m0 = findFirstSubject(s, k);
    return m0 ? speakerFromSubjectMention(model, registry, s, m0) : null;
  }
  if (t.lower === "who" || t.lower === "which") {
    let j = k - 1;
    if ((tokens[j] as Token | undefined)?.text === ",") j--;
    const m = j >= 0 ? mentionEndingAt(s, j) : undefined;
    return m ? speakerFromMention(registry, m, model) : null;
  }
  const m = mentionEndingAt(s, k);
  if (m) {
    if (m.possessive) return null;
    if (m.prepositional && m.kind === "name") {
      // "Professor Alan Whitcombe of King's College London said": the person before "of".
      let p = m.tokenStart - 1;
      while (p >= 0 && ["the", "a", "an"].includes((tokens[p] as Token).lower)) p--;
      const before = p > 0 ? mentionEndingAt(s, p - 1) : undefined;
      if (before && before.kind === "name" && !before.possessive && before.entityId >= 0) {
        if (registry.get(before.entityId)?.type === "person")
          return speakerFromMention(registry, before, model);
      }
      // "A former treasurer of the Eastside Carpenters Union testified": the head is "treasurer".
      let h = m.tokenStart - 1;
      while (h >= 0 && ["the", "a", "an"].includes((tokens[h] as Token).lower)) h--;
      const prep = tokens[h];
      const head = tokens[h - 1];
      if (
        prep &&
        head &&
        ["of", "for", "at", "with", "from"].includes(prep.lower) &&
        head.word &&
        !head.cap
      ) {
        if (PERSON_NOUNS.has(head.lower) || isPluralGroup(head.lower))
          return subjectBefore(model, registry, s, h);
      }
    }
    return speakerFromMention(registry, m, model);
  }
  if (t.possessive) return null;
  if (t.word && !t.cap && isSpeakerNoun(t.lower)) {
    // "Haddad and her colleagues argue": the named person leads the group.
    const poss = tokens[k - 1];
    if (
      poss &&
      ["his", "her", "their"].includes(poss.lower) &&
      (tokens[k - 2] as Token | undefined)?.lower === "and"
    ) {
      const lead = mentionEndingAt(s, k - 3);
      if (lead && lead.kind === "name" && !lead.possessive) {
        const ref = speakerFromMention(registry, lead, model);
        if (ref) return ref;
      }
    }
    let j = k;
    while (j > 0 && k - j < 6) {
      const u = tokens[j - 1] as Token;
      if (!u.word || u.inQuote) break;
      j--;
      if (DETERMINERS.has(u.lower)) break;
    }
    return speakerFromNounPhrase(model, registry, s, j, k + 1);
  }
  return null;
}

/**
 * Speaker for the first mention of a sentence used as its subject. A mention that only modifies
 * what follows is not the subject: "Rovers boss Neil Cartwright" -> Neil Cartwright (org + role
 * noun + name), "Health officials" -> the phrase (unknown capitalised word + group noun).
 */
export function speakerFromSubjectMention(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  m: Mention,
): SpeakerRef | null {
  const tokens = s.tokens;
  const after = tokens[m.tokenEnd];
  if (after?.word && !after.cap && !after.inQuote && isSpeakerNoun(after.lower)) {
    let k = m.tokenEnd;
    while (k < tokens.length && k < m.tokenEnd + 2) {
      const u = tokens[k] as Token;
      if (!u.word || u.cap || !isSpeakerNoun(u.lower)) break;
      k++;
    }
    const name = s.mentions.find((x) => x.tokenStart === k && x.kind === "name" && !x.inQuote);
    if (name) {
      const ref = speakerFromMention(registry, name, model);
      if (ref && registry.get(ref.entityId)?.type === "person") return ref;
    }
    if (m.unknownWord && m.entityId < 0 && isPluralGroup((tokens[k - 1] as Token).lower)) {
      return speakerFromNounPhrase(model, registry, s, m.tokenStart, k);
    }
  }
  return speakerFromMention(registry, m, model);
}

function findFirstSubject(s: Sentence, before: number): Mention | undefined {
  for (const m of s.mentions) {
    if (m.tokenEnd > before) break;
    if (m.inQuote || m.possessive || m.prepositional) continue;
    if (m.entityId >= 0 || m.unknownWord) return m;
  }
  return undefined;
}

export function findFirstMention(s: Sentence, a: number, b: number): Mention | undefined {
  for (const m of s.mentions) {
    if (m.tokenStart >= a && m.tokenEnd <= b && !m.possessive && !m.inQuote) return m;
  }
  return undefined;
}

const GROUP_NOUNS = new Set(
  `officials experts analysts critics supporters residents witnesses researchers scientists doctors
lawmakers legislators prosecutors investigators authorities police officers spokespeople activists
economists opponents protesters organizers organisers sources diplomats observers leaders members
voters parents teachers workers employees executives advocates campaigners groups colleagues
organisations organizations unions fans families`
    .split(/\s+/)
    .filter(Boolean),
);

function isPluralGroup(w: string): boolean {
  return GROUP_NOUNS.has(w) || (w.endsWith("s") && PERSON_NOUNS.has(w.slice(0, -1)));
}

/**
 * Documents and data that "according to" can cite: "according to court documents", "according
 * to the club's own figures", "according to the paper". They become phrase speakers.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  `documents document records record data figures figure report reports study studies paper papers
filing filings code survey surveys poll polls statistics estimates estimate analysis audit minutes
transcript transcripts memo memos letter emails email complaint indictment affidavit lawsuit rules
guidelines website statement statements census forecast forecasts projections review research
brief briefs motion ruling opinion website site`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lowercase nouns that can head a speaker phrase ("the ministry", "officials", "the senator"). */
export function isSpeakerNoun(w: string): boolean {
  return PERSON_NOUNS.has(w) || ORG_NOUNS.has(w) || isPluralGroup(w) || w.startsWith("spokes");
}

const PARTITIVES = new Set("one some several many most two three four few none".split(" "));

const CLAUSE_MARKERS = new Set(
  `that which who whom whose and but or would will is are was were has have had be been not if when
while because although`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Speaker for a token range that names who spoke ("he", "Dr. Maria Chen", "the ministry",
 * "a spokesperson for Acme Corp", "officials").
 */
export function speakerFromNounPhrase(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  a: number,
  b: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  let start = a;
  while (start < b && !(tokens[start] as Token).word) start++;
  let end = b;
  while (end > start && !(tokens[end - 1] as Token).word) end--;
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
  if (PERSON_NOUNS.has(headWord) || ORG_NOUNS.has(headWord) || FOCUS_HEADS.has(headWord)) {
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
  const isOrgNoun = ORG_NOUNS.has(headWord) && !PERSON_NOUNS.has(headWord);
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
