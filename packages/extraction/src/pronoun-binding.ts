/**
 * Where a pronoun may not point: an object pronoun is not the subject of its own clause.
 * "President Obama backed her up in an interview" — "her" is someone else (Clinton, named
 * before), never Obama; before, "her" took Obama and gave him the gender "f", so the next
 * "he said" skipped him. Used by the antecedent search in src/entities.ts.
 */
import type { Mention, Sentence } from "./document-model.ts";
import { FUNCTION_WORDS } from "./lexicon/common-words.ts";
import type { Token } from "./tokenize.ts";

/** Words that open a new clause between a subject and a later pronoun. */
const CLAUSE_BREAK = new Set(
  `that who whom which when whether because if after before while since although though as and but
or so until unless where saying telling adding says said told`
    .split(/\s+/)
    .filter(Boolean),
);

/** "him", "them", and "her" not followed by what it possesses ("backed her up", "told her that"). */
export function isObjectPronoun(s: Sentence, m: Mention): boolean {
  if (m.kind !== "pronoun") return false;
  const t = s.tokens[m.tokenStart] as Token;
  if (t.lower === "him" || t.lower === "them") return true;
  if (t.lower !== "her") return false;
  const next = s.tokens[m.tokenEnd];
  if (!next?.word) return true;
  return next.lower !== "own" && FUNCTION_WORDS.has(next.lower);
}

/**
 * True when mention `c` is the subject of the clause the object pronoun `m` sits in: same
 * sentence, `c` before `m`, not possessive or after a preposition, and no punctuation or clause
 * word between them.
 */
export function bindsObject(s: Sentence, c: Mention, m: Mention): boolean {
  if (c.sentenceIndex !== m.sentenceIndex || c.tokenEnd > m.tokenStart) return false;
  if (c.possessive || c.prepositional || c.inQuote) return false;
  for (let k = c.tokenEnd; k < m.tokenStart; k++) {
    const t = s.tokens[k] as Token;
    if (!t.word || t.inQuote || CLAUSE_BREAK.has(t.lower)) return false;
  }
  return true;
}

/**
 * "Asked about her own vote in the event that Clinton faces Trump, who …, she replied": a subject
 * pronoun right after the comma that closes a participle opening is the participle's subject, so
 * names inside the opening are not its antecedent. True when the search in the pronoun's own
 * sentence should skip everything before it.
 */
export function skipsOpening(s: Sentence, m: Mention): boolean {
  if (m.possessive || m.inQuote) return false;
  const t = s.tokens[m.tokenStart] as Token;
  if (!SUBJECT_PRONOUNS.has(t.lower) || s.tokens[m.tokenStart - 1]?.text !== ",") return false;
  const first = s.tokens[0] as Token;
  if (!first.word || first.inQuote) return false;
  return (
    PARTICIPLE_OPENERS.has(first.lower) || (first.lower.length > 4 && first.lower.endsWith("ing"))
  );
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they"]);

/** Past participles that open a sentence about the subject: "Asked about …, she said". */
const PARTICIPLE_OPENERS = new Set(["asked", "pressed", "questioned", "interviewed", "told"]);
