/**
 * Indefinite subjects of a verb of saying: "Another tweeted, “…”", "Others, reacting to …,
 * shouted", "Another child responded". The speaker is the phrase, not the last person named
 * (before, the quote fell back to the previous speaker). Shapes from PolNeAR train wrong
 * speakers (issue 15, session 30, second helper).
 */
import type { Sentence } from "./document-model.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";
import type { Token } from "./tokenize.ts";

/** The phrase ending at token k ("Another", "Others", "Another child"), or null. */
export function indefiniteSubject(s: Sentence, k: number, input: string): SpeakerRef | null {
  const tokens = s.tokens;
  const t = tokens[k] as Token | undefined;
  if (!t?.word || t.inQuote) return null;
  const opensClause = (i: number) => {
    const p = tokens[i - 1];
    return !p || (!p.word && !p.inQuote && p.text !== "’" && p.text !== "'");
  };
  let from = -1;
  // "others say …" after "some … say" is left to the reported-speech frames; "Others, …," is not.
  const alone = t.lower === "another" || (t.lower === "others" && tokens[k + 1]?.text === ",");
  if (alone && opensClause(k)) from = k;
  else {
    const p = tokens[k - 1];
    if (p?.word && p.lower === "another" && !t.cap && opensClause(k - 1)) from = k - 1;
  }
  if (from < 0) return null;
  const name = input.slice((tokens[from] as Token).start, t.end);
  return { entityId: -1, name, role: null };
}
