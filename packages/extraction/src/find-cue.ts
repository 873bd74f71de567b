import { settingLength } from "./cue-settings.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import { MIXED_ONLY_FORMS } from "./lexicon/cues.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import type { Token } from "./tokenize.ts";

/** The sentence holding offset `at` (sentences are in order). */
export function sentenceAt(model: DocumentModel, at: number): Sentence | undefined {
  const ss = model.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * The words that mark a statement as said: the verb of saying nearest to the statement in its
 * sentence, outside it ("argued", "told", "according to"), with a setting when the article gives
 * one ("said in a statement", "said in an interview"). Null when there is none.
 */
export function findCue(model: DocumentModel, start: number, end: number): string | null {
  const s = sentenceAt(model, start);
  if (!s) return null;
  const input = model.input;
  let best: Token | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const tokens = s.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word || t.inQuote || (t.start >= start && t.end <= end)) continue;
    const according = t.lower === "according" && tokens[k + 1]?.lower === "to";
    if (!according && (t.cap || !(SPEECH_VERBS.has(t.lower) || MIXED_ONLY_FORMS.has(t.lower))))
      continue;
    const distance = t.end <= start ? start - t.end : t.start - end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = according ? { ...t, end: (tokens[k + 1] as Token).end } : t;
    }
  }
  if (!best) best = parentheticalCue(tokens, start, end);
  if (!best) return null;
  return input.slice(best.start, best.end + settingLength(input, best.end));
}

/**
 * "Since last November, according to Human Rights Watch, forces have …", "The plan, two senior
 * officials said, would cost …": when no cue stands outside the statement, a parenthetical one
 * inside it (between commas: "according to" after one, a verb of saying before one).
 */
function parentheticalCue(tokens: Token[], start: number, end: number): Token | null {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word || t.inQuote || t.cap || t.start < start || t.end > end) continue;
    if (t.lower === "according" && tokens[k + 1]?.lower === "to" && tokens[k - 1]?.text === ",")
      return { ...t, end: (tokens[k + 1] as Token).end };
    if (SPEECH_VERBS.has(t.lower) && tokens[k + 1]?.text === ",") {
      for (let j = k - 1; j >= 0 && k - j <= 8; j--)
        if ((tokens[j] as Token).text === ",") return t;
    }
  }
  return null;
}
