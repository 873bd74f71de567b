import type { Token } from "./tokenize.ts";

/** Words that count the people of a description: "several observers", "two economists". */
const COUNT_WORDS = new Set(
  "several many some most few numerous two three four five six seven eight nine ten dozens".split(
    " ",
  ),
);

/**
 * After an inverted cue ("…, said several observers.", "…, say some Democrats, who …", "…, said
 * two economists who studied it."): one past the counted description that starts at `a` — it
 * ends at a comma, at "who" or at the sentence's end, holds only lowercase or capitalised words
 * (no verb, at most six), and its last word is plural. -1 when `a` opens no such description.
 */
export function countedSourceEnd(tokens: Token[], a: number): number {
  const first = tokens[a];
  if (!first?.word || first.inQuote || !COUNT_WORDS.has(first.lower)) return -1;
  let k = a + 1;
  while (k < tokens.length && k < a + 7) {
    const t = tokens[k] as Token;
    if (!t.word || t.inQuote || t.lower === "who") break;
    if (t.lower === "of" || t.lower === "and") return -1;
    k++;
  }
  const end = tokens[k];
  if (k === a + 1 || end?.inQuote) return -1;
  if (end && (end.word ? end.lower !== "who" : !/^[,.;]$/.test(end.text))) return -1;
  const head = (tokens[k - 1] as Token).lower;
  return /[^s]s$/.test(head) || /^(people|staff|men|women)$/.test(head) ? k : -1;
}
