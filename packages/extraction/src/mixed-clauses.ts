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
  for (const t of s.tokens) {
    if (t.start >= q.segment.open) break;
    last = t;
    if (t.inQuote || !t.word) continue;
    words++;
    // "Trump said, “…”", "as she put it, “…”", "telling reporters, “…”": an attribution.
    if (!t.cap && (SPEECH_VERBS.has(t.lower) || t.lower === "put")) return false;
  }
  return words >= 3 && last?.text === ",";
}
