/**
 * Mixed speech around a quote that continues the narration: "The party, attended by hundreds
 * every year, “allows us to get our message out,” said Frank Coleman." The quote follows a
 * comma, so the quote pass calls it "introduced", but nothing before it says anything: the
 * sentence is a paraphrase with quoted words inside, left to the speech frames.
 */
import type { AttributedQuote } from "./attribute-quotes.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import type { Token } from "./tokenize.ts";

export function continuesNarration(model: DocumentModel, q: AttributedQuote): boolean {
  if (q.position !== "introduced" || q.segment.open < 0) return false;
  const s = model.sentences[q.sentenceIndex] as Sentence;
  let words = 0;
  let last: Token | undefined;
  let open = 0;
  let wordsBeforeComma = -1;
  let cue = false;
  let afterThat = -1;
  let prev = "";
  for (const t of s.tokens) {
    if (t.start >= q.segment.open) break;
    last = t;
    open++;
    if (t.text === "," && wordsBeforeComma < 0 && !cue) wordsBeforeComma = words;
    if (t.inQuote || !t.word) continue;
    words++;
    if (afterThat >= 0) afterThat++;
    if (cue && afterThat < 0 && t.lower === "that") afterThat = 0;
    // "Trump said, “…”", "as she put it, “…”", "telling reporters, “…”": an attribution.
    // Not a noun after a determiner: "in lower-wage parts of the state, he said, “…”".
    if (!t.cap && (SPEECH_VERBS.has(t.lower) || t.lower === "put") && !NOT_BEFORE_VERB.has(prev))
      cue = true;
    prev = t.lower;
  }
  if (words < 3 || last?.text !== ",") return false;
  if (!cue) return true;
  // "McCain said … that he was referring to X's decisions, “not to the President himself”": the
  // quote continues the reported clause.
  if (afterThat >= 4) return true;
  // "The club's investment, Ms. Tanzer said, “is a perfect example” of …": a parenthetical
  // attribution inside a clause that runs on after the quote.
  return wordsBeforeComma >= 2 && quoteInsideClause(s.tokens, open);
}

const NOT_BEFORE_VERB = new Set(
  "the a an of and its their his her for to in on by this that these those our my your".split(" "),
);

/**
 * A looser verb test for a clause with quoted words inside, where the stricter `hasVerb`
 * (src/frame-parts.ts) misses "The rejection of the treaty signals “the beginning of the end”"
 * or a verb right after the opening mark ("…, “allows us to …”"): a lowercase word in -s or -ed
 * after a word that is not a determiner or preposition. Only for tokens a..b-1 holding a quote.
 */
export function quotedClauseVerb(tokens: readonly Token[], a: number, b: number): boolean {
  let quoted = false;
  for (let k = a; k < b; k++) if ((tokens[k] as Token).inQuote) quoted = true;
  if (!quoted) return false;
  let prev: Token | undefined;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    if (
      prev &&
      !t.cap &&
      !prev.numeric &&
      !NOT_BEFORE_VERB.has(prev.lower) &&
      (/[a-z]{2,}[^su']s$/.test(t.lower) || /[a-z]{3,}ed$/.test(t.lower))
    )
      return true;
    prev = t;
  }
  return false;
}

/**
 * "X, Ms. Tanzer said, “is a perfect example of adapting” to the changing economics": quoted
 * words after a parenthetical attribution belong to the clause when unquoted words follow them.
 */
export function quoteInsideClause(tokens: readonly Token[], from: number): boolean {
  let sawQuote = false;
  let after = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote) sawQuote = true;
    else if (t.word && sawQuote) after++;
  }
  return sawQuote && after >= 2;
}
