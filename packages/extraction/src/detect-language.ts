import { FUNCTION_WORDS } from "./lexicon/common-words";

const SAMPLE_CHARS = 20_000;

/**
 * Rough "is this English prose?" check on a sample of the text: share of Latin letters and of
 * English function words. Returns a reason when it is not, for the caller's warning.
 */
export function notEnglishReason(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let latin = 0;
  let letters = 0;
  for (const ch of sample) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/[A-Za-z\u00C0-\u024F]/.test(ch)) latin++;
    }
  }
  if (letters < 20) return null;
  if (latin / letters < 0.6) return "text is mostly in a non-Latin script; extraction supports English only";
  const words = sample.toLowerCase().match(/[a-z\u00C0-\u024F']+/g) ?? [];
  if (words.length < 15) return null;
  let fn = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) fn++;
  if (fn / words.length < 0.12) return "text does not look like English; extraction supports English only";
  return null;
}
