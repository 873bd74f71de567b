/**
 * Where a sentence's main clause starts, past an opening adverbial: "At a campaign event in
 * Ames, Iowa, on Sunday, Mrs. Clinton …", "Speaking to MSNBC’s Morning Joe Monday, which …, Bush
 * …", "Hours later, Trump …". Names inside the opening are not the sentence's subject (issue 15,
 * PolNeAR train wrong speakers). Bounded: looks at most MAX_OPENING tokens in.
 */
import type { Sentence } from "./document-model.ts";
import { MONTHS, WEEKDAYS } from "./lexicon/common-words.ts";
import type { Token } from "./tokenize.ts";

/** Words that open an adverbial phrase or clause before the subject. */
const OPENERS = new Set(
  `at in on during after before amid following despite since while when as with without from under unlike like upon for throughout back hours days weeks months moments minutes years earlier
later asked pressed questioned interviewed reached contacted`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that may open a further opening segment after a comma: "…, on Sunday, …", "…, which …". */
const CONTINUERS = new Set(
  "at in on during after before which who where when while amid last this early late".split(" "),
);

const MAX_OPENING = 40;

function opens(t: Token | undefined): boolean {
  if (!t?.word || t.inQuote || !t.cap) return false;
  if (OPENERS.has(t.lower)) return true;
  // "Speaking to …", "Hastily politicizing …": a participle or manner adverb.
  return t.lower.length > 4 && (t.lower.endsWith("ing") || t.lower.endsWith("ly"));
}

/** Whether the segment starting at token k (after a comma) still belongs to the opening. */
function continues(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t?.word || t.inQuote) return false;
  if (CONTINUERS.has(t.lower) || WEEKDAYS.has(t.lower) || MONTHS.has(t.lower)) return true;
  // "in Ames, Iowa, on Sunday": a place after a place (prepositional, see entities.ts).
  const m = s.mentions.find((x) => x.tokenStart === k);
  return m?.prepositional === true && s.tokens[m.tokenEnd]?.text === ",";
}

/** Token index where the main clause starts (0 when the sentence has no opening adverbial). */
export function mainClauseStart(s: Sentence): number {
  const tokens = s.tokens;
  // "Here in Columbia, Sanders …": "here" opens only before a place preposition.
  const here = tokens[0]?.lower === "here" && /^(in|at)$/.test(tokens[1]?.lower ?? "");
  if (!opens(tokens[0]) && !here) return 0;
  let k = 1;
  while (k < tokens.length && k < MAX_OPENING) {
    const t = tokens[k] as Token;
    if (t.inQuote) return 0;
    if (t.text === ",") {
      if (!continues(s, k + 1)) return k + 1;
    }
    k++;
  }
  return 0;
}
