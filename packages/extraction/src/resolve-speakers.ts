/**
 * The subject of a reporting verb as its speaker: walks back from the verb over adverbs,
 * auxiliaries and parentheticals ("Chen, the state epidemiologist, said").
 */
import type { DocumentModel, Mention, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { WEEKDAYS } from "./lexicon/common-words.ts";
import { PERSON_NOUNS } from "./lexicon/roles.ts";
import { speakerFromNounPhrase } from "./noun-phrase-speakers.ts";
import { documentSource } from "./quote-cues.ts";
import { mainClauseStart } from "./sentence-openers.ts";
import {
  hometownStart,
  isStateAfterPlace,
  openingPersonBeforeVerb,
  personBeforeAppositive,
  personBeforeRole,
} from "./speaker-appositives.ts";
import { chainHead } from "./speaker-chains.ts";
import { indefiniteSubject } from "./speaker-indefinites.ts";
import {
  DETERMINERS,
  findFirstMention,
  findFirstSubject,
  mentionEndingAt,
  type SpeakerRef,
  speakerFromMention,
} from "./speaker-mentions.ts";
import { isPluralGroup, isSpeakerNoun } from "./speaker-nouns.ts";
import type { Token } from "./tokenize.ts";

/** Auxiliaries and adverbs that can sit between a subject and its verb. */
const SKIPPABLE = new Set(
  `has have had also frequently repeatedly reportedly previously later again then once would will did
does do was is were are been being long just recently publicly privately quickly finally first never
not always often since earlier still further only already both all too even initially subsequently
separately later swiftly immediately flatly angrily calmly firmly simply openly had've could may might
should can must has-been himself herself themselves now`
    .split(/\s+/)
    .filter(Boolean),
);

/** US party-and-state tag: "R-Fla.", "D-N.Y.", "I-Vt". */
export const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]{0,12}$/;

export function isSkippable(t: Token): boolean {
  return (
    t.word && !t.cap && (SKIPPABLE.has(t.lower) || (t.lower.endsWith("ly") && t.lower.length > 4))
  );
}

/**
 * How many tokens ending at k are an adverbial or tag between a subject and its verb: "(R-Texas)",
 * "on Friday", "Monday" ("Trump, who …, on Friday described", "Cornyn (R-Texas) told"); 0 if none.
 */
function adverbialBefore(tokens: Token[], k: number): number {
  const t = tokens[k] as Token;
  if (t.text === ")") {
    let j = k - 1;
    while (j >= 0 && k - j <= 6 && (tokens[j] as Token).text !== "(") {
      if ((tokens[j] as Token).inQuote) return 0;
      j--;
    }
    return j >= 0 && (tokens[j] as Token).text === "(" && k - j <= 6 ? k - j + 1 : 0;
  }
  if (!t.word || !WEEKDAYS.has(t.lower)) return 0;
  const p = tokens[k - 1];
  return p?.word && !p.cap && ["on", "last", "this", "late", "early"].includes(p.lower) ? 2 : 1;
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
  const verb = tokens[v] as Token | undefined;
  // "He went on to say …", "The town released a statement saying …": the chain's first verb.
  const head = chainHead(tokens, v);
  if (head > 0) return subjectBefore(model, registry, s, head);
  // "Mr. Slinker, whose latest start-up, Paradata, uses …, said": the opening person.
  const opening = openingPersonBeforeVerb(s, v, registry);
  if (opening) {
    const ref = speakerFromMention(registry, opening, model);
    if (ref) return ref;
  }
  if (verb?.lower.endsWith("ing") && tokens[v - 1]?.text === "," && mainClauseStart(s) > 0) {
    // "Hours later, Trump returned the compliment, telling Reuters …": after an opening
    // adverbial, a participle after a comma shares the main clause's subject.
    const m0 = findFirstSubject(s, v);
    if (m0) {
      const ref = speakerFromSubjectMention(model, registry, s, m0);
      if (ref) return ref;
    }
  }
  let k = v - 1;
  let parentheticals = 0;
  let skippedAdverbial = false;
  while (k >= 0) {
    const t = tokens[k] as Token;
    if (t.inQuote) return null;
    if (isSkippable(t)) {
      k--;
      continue;
    }
    const skip = adverbialBefore(tokens, k);
    if (skip > 0) {
      k -= skip;
      skippedAdverbial = true;
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
        k - j <= 6 &&
        !isStateAfterPlace(s, j + 1)
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
  // "Another tweeted", "Others, reacting to …, shouted": the indefinite phrase.
  const indefinite = indefiniteSubject(s, k, model.input);
  if (indefinite) return indefinite;
  if (t.word && (t.lower === "and" || t.lower === "but")) {
    // Coordinated verbs share the subject: "Okafor called it a gift and said …".
    const m0 = findFirstSubject(s, k);
    return m0 ? speakerFromSubjectMention(model, registry, s, m0) : null;
  }
  if (t.lower === "who" || t.lower === "which") {
    let j = k - 1;
    if ((tokens[j] as Token | undefined)?.text === ",") j--;
    const m = j >= 0 ? mentionEndingAt(s, j) : undefined;
    if (m) return speakerFromMention(registry, m, model);
    // "said Scott Reed, the Chamber's chief political strategist, who added": the named person
    // (only with the comma before "who": "a native who writes fiction" may be no cue at all).
    const named = j < k - 1 ? personBeforeAppositive(s, j, registry) : undefined;
    return named ? speakerFromMention(registry, named, model) : null;
  }
  const m = mentionEndingAt(s, k);
  if (m) {
    if (m.possessive) return null;
    // "Some parents at a clinic in Valmora on Thursday said": the place is not who spoke.
    if (m.prepositional && skippedAdverbial) return null;
    // "Clinton, during a town hall in Columbus, Ohio, said": a place inside a parenthetical
    // opened by a comma is not who spoke; the subject is before that comma.
    if (m.prepositional && parentheticals > 0) {
      const open = placeParentheticalStart(tokens, m.tokenStart, registry, m.entityId);
      if (open > 0) return subjectBefore(model, registry, s, open);
    }
    if (m.prepositional && m.kind === "name") {
      // "Marta Quill, 41, of Dunmore, Penn., said": the hometown is not who spoke.
      const home = hometownStart(s, m.tokenStart, registry);
      if (home > 0) return subjectBefore(model, registry, s, home);
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
      // "Another intelligence source speaking to Fox News said": who spoke to the outlet.
      const spoken = describedBeforeParticiple(model, registry, s, m.tokenStart);
      if (spoken) return spoken;
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
    // "Owen Pratt, executive director of the River Fund, said": the named person.
    const lead = personBeforeRole(s, j, registry);
    const leadRef = lead ? speakerFromMention(registry, lead, model) : null;
    if (leadRef) return leadRef;
    return speakerFromNounPhrase(model, registry, s, j, k + 1);
  }
  // "The complaint, which was filed in federal court, alleged that …": a writing as a phrase.
  if (t.word && !t.cap && parentheticals > 0) {
    let j = k;
    while (j > 0 && k - j < 4 && (tokens[j - 1] as Token).word && !(tokens[j - 1] as Token).cap)
      j--;
    const doc = documentSource(model, tokens, j, k + 1);
    if (doc) return doc;
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

/**
 * "Another intelligence source speaking to Fox News", "one aide talking with reporters": a
 * described person before a participle and the name it speaks to; the phrase as speaker.
 */
function describedBeforeParticiple(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  nameStart: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  const prep = tokens[nameStart - 1];
  const ing = tokens[nameStart - 2];
  const head = tokens[nameStart - 3];
  if (!prep || !ing || !head || !["to", "with"].includes(prep.lower)) return null;
  if (!ing.word || ing.cap || !ing.lower.endsWith("ing")) return null;
  if (!head.word || head.cap || !isSpeakerNoun(head.lower)) return null;
  let j = nameStart - 3;
  while (j > 0 && nameStart - 3 - j < 4) {
    const u = tokens[j - 1] as Token;
    if (!u.word || u.inQuote) break;
    j--;
  }
  return speakerFromNounPhrase(model, registry, s, j, nameStart - 2);
}

/** The comma opening ", during a town hall in Columbus," before a place mention at `at`; -1. */
function placeParentheticalStart(
  tokens: Token[],
  at: number,
  registry: EntityRegistry,
  entityId: number,
): number {
  const type = entityId >= 0 ? registry.get(entityId)?.type : undefined;
  const prep = (tokens[at - 1] as Token | undefined)?.lower ?? "";
  if (type === "person" || !/^(in|at|near|outside)$/.test(prep)) return -1;
  for (let j = at - 1; j > 0 && at - j <= 12; j--) {
    const t = tokens[j] as Token;
    if (t.inQuote) return -1;
    // "in Aurora, Colorado, in July": the comma inside "City, State" opens nothing.
    if (t.text === "," && !(j + 1 === at && (tokens[j - 1] as Token).cap)) return j;
  }
  return -1;
}
