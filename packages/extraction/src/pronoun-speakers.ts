/**
 * Pronouns that say something ("“…,” he said") look first for someone who was saying something:
 * "Cruz electrified the crowds, Stovall said. “He was very articulate,” he said." — the pronoun
 * is Stovall, the source of the sentence before, not its subject Cruz. Used by the antecedent
 * search in src/entities.ts.
 */
import type { Mention, Sentence } from "./document-model.ts";
import { QUOTE_VERB_LEMMAS, SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import type { Token } from "./tokenize.ts";

/** Adverbs and auxiliaries between a speaker and the verb: "he also said", "Jones later told". */
const BETWEEN = new Set("also later then again still has had will would once".split(" "));

const ASKING = new Set(["ask", "question", "wonder", "inquire"]);

/** "said", "told", "added": a verb strong enough to attribute a quote, not "showed", "continued to". */
function isSaying(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const lemma = SPEECH_VERBS.get(t.lower);
  if (!lemma || !QUOTE_VERB_LEMMAS.has(lemma) || t.lower.endsWith("ing")) return false;
  // "when Tapper asked whether …. “…,” he said": the one asked answers.
  if (ASKING.has(lemma)) return false;
  return tokens[j + 1]?.lower !== "to";
}

/** A verb of saying (not an -ing form) at `k`, after at most two adverbs; -1 when there is none. */
function sayingVerbAt(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + 3; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.inQuote || t.cap) return -1;
    if (isSaying(tokens, j)) return j;
    if (!BETWEEN.has(t.lower)) return -1;
  }
  return -1;
}

/** True when the pronoun is the subject of a verb of saying ("he said", "she also told"). */
export function pronounSays(s: Sentence, m: Mention): boolean {
  return m.kind === "pronoun" && !m.possessive && sayingVerbAt(s.tokens, m.tokenEnd) >= 0;
}

/**
 * Name mentions of `s` (before token `before`) that are the subject of a verb of saying: "…,
 * Stovall said", "Trump, Sexton said, has …", "…, said Henson." Latest first.
 */
export function sayingSubjects(s: Sentence, before: number): Mention[] {
  const out: Mention[] = [];
  const tokens = s.tokens;
  for (const c of s.mentions) {
    if (c.tokenEnd > before) break;
    if (c.kind !== "name" || c.inQuote || c.possessive || c.prepositional) continue;
    const subject = sayingVerbAt(tokens, c.tokenEnd) >= 0;
    const prev = tokens[c.tokenStart - 1];
    const prev2 = tokens[c.tokenStart - 2];
    // ", said Henson": the verb first, after a comma.
    const inverted =
      !!prev &&
      prev.word &&
      !prev.cap &&
      !prev.inQuote &&
      isSaying(tokens, c.tokenStart - 1) &&
      prev2?.text === "," &&
      // "…, said Nunberg was bound": the name opens the clause said, it is not the speaker.
      !tokens[c.tokenEnd]?.word;
    if (subject || inverted) out.unshift(c);
  }
  return out;
}
