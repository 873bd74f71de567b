import { clauseEnd, wordCount } from "./clause-parts.ts";
import { hasQuoteMark, SUBORDINATE_STARTS } from "./frame-parts.ts";
import { INFINITIVE_CUE_LEMMAS } from "./lexicon/cues.ts";
import type { Token } from "./tokenize.ts";

const PLAIN_PRONOUNS = new Set("it they he she we".split(" "));
/** Words that may stand before a subject pronoun without making a relative clause. */
const NOT_A_HEAD = new Set(
  "and but or so that because then now since when while after before if though although as yet".split(
    " ",
  ),
);

/** Subordinators that do not end a promise (s31r: "as"; "until", "while" on train 2/2). */
const PROMISE_GOES_ON = new Set(["as", "until", "while"]);

/** Words before a bare "vow"/"pledge" that make it a verb ("they vow to", "will pledge to"). */
const BEFORE_BARE_VERB = new Set(
  "i we you they will would could should must to also often now 'll ’ll".split(" "),
);

/**
 * The content of a promise in the infinitive: "Cruz vowed to stay in the race until the
 * convention", "the governor has pledged to create 40,000 jobs in four years". PolNeAR counts
 * these as reported speech (its verbs of saying list vow and pledge); only the lemmas in
 * `INFINITIVE_CUE_LEMMAS` (src/lexicon/cues.ts) reach here, after `clauseAfter` stopped at
 * "to". The content is the infinitive up to its first comma or the clause's end, and must have
 * 5+ words (PolNeAR's rule): "pledged to put New York, which …, in play" is left out. Not "to
 * be" (a state, not a promise of an act), not in a sentence with quoted words (the mixed
 * passes read those), not in a relative clause without "that" ("the money it pledged to …"),
 * and a bare "vow"/"pledge" only after a subject pronoun or a modal ("his constant vow to …" is
 * a noun). "promise" is not in the list: the desk's own fixtures read "promised to end street
 * homelessness" as no statement (docs/decisions/025, session 30).
 * Returns the end token (exclusive), -1 to reject, or undefined when this is no promise.
 */
export function promiseEnd(
  tokens: Token[],
  v: number,
  c: number,
  lemma: string,
): number | undefined {
  const to = tokens[c] as Token | undefined;
  if (!INFINITIVE_CUE_LEMMAS.has(lemma) || to?.lower !== "to") return undefined;
  if (hasQuoteMark(tokens, c, clauseEnd(tokens, c))) return undefined;
  const cue = (tokens[v] as Token).lower;
  if ((cue === "vow" || cue === "pledge") && !BEFORE_BARE_VERB.has(tokens[v - 1]?.lower ?? ""))
    return -1;
  const verb = tokens[c + 1] as Token | undefined;
  if (!verb?.word || verb.cap || verb.inQuote || verb.lower === "be") return -1;
  // "the $64 million it pledged to help pay for …": a pronoun right after a noun opens a
  // relative clause without "that"; the promise is of money, not speech.
  const subject = tokens[v - 1];
  const beforeSubject = tokens[v - 2];
  if (subject && PLAIN_PRONOUNS.has(subject.lower) && beforeSubject?.word) {
    if (!NOT_A_HEAD.has(beforeSubject.lower)) return -1;
  }
  // Quoted words elsewhere in the sentence: the mixed passes (the tagger's too) read it whole.
  if (tokens.some((t) => t.inQuote)) return -1;
  let end = clauseEnd(tokens, c);
  for (let k = c + 1; k < end; k++) {
    const t = tokens[k] as Token;
    // "pledged to work together despite their differences after a meeting Thursday …": a
    // subordinate tail past the promise's first five words is no longer the promise; "until"
    // and "while" are still part of it ("vowed to stay in the race until the convention").
    const tail =
      SUBORDINATE_STARTS.has(t.lower) &&
      !PROMISE_GOES_ON.has(t.lower) &&
      wordCount(tokens, c, k) >= 5;
    if (
      !t.inQuote &&
      (tail || t.text === "," || t.text === "—" || t.text === "–" || t.text === "-")
    ) {
      end = k;
      break;
    }
  }
  return wordCount(tokens, c, end) >= 5 ? end : -1;
}
