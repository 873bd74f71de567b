/**
 * Mentions as speakers: the speaker a resolved mention names, and the first mention of a range or
 * subject position in a sentence. The base the subject and noun-phrase resolvers build on.
 */
import type { DocumentModel, EntityRecord, Mention, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { FUNCTION_WORDS, SENTENCE_STARTERS } from "./lexicon/common-words.ts";
import { mainClauseStart } from "./sentence-openers.ts";
import { isOpenerWord } from "./speaker-opener-words.ts";

export interface SpeakerRef {
  /** Entity id, or -1 for a speaker known only as a phrase ("officials"). */
  entityId: number;
  name: string;
  role: string | null;
}

export const DETERMINERS = new Set([
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

export function mentionEndingAt(s: Sentence, k: number): Mention | undefined {
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
 * Calls `pick` on the mentions of tokens from..to-1, past an opening adverbial first ("At a
 * rally in Ames, Iowa, Mrs. Clinton …": mainClauseStart), then from `from` when that finds none.
 */
export function inMainClause<T>(
  s: Sentence,
  from: number,
  to: number,
  pick: (a: number, b: number) => T | undefined,
): T | undefined {
  const open = mainClauseStart(s);
  if (open > from && open < to) {
    const found = pick(open, to);
    if (found !== undefined) return found;
  }
  return pick(from, to);
}

/** The first subject-like mention (not quoted, possessive or after a preposition) before `before`. */
export function findFirstSubject(s: Sentence, before: number): Mention | undefined {
  return inMainClause(s, 0, before, (a, b) => {
    let opener: Mention | undefined;
    for (const m of s.mentions) {
      if (m.tokenEnd > b) break;
      if (m.tokenStart < a || m.inQuote || m.possessive || m.prepositional) continue;
      if (isOpenerWord(s, m)) opener ??= m;
      else if (m.entityId >= 0 || m.unknownWord) return m;
    }
    return opener;
  });
}

export function findFirstMention(s: Sentence, a: number, b: number): Mention | undefined {
  for (const m of s.mentions) {
    if (m.tokenStart >= a && m.tokenEnd <= b && !m.possessive && !m.inQuote) return m;
  }
  return undefined;
}
