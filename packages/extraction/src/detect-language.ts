import { FUNCTION_WORDS } from "./lexicon/common-words.ts";

const SAMPLE_CHARS = 20_000;

/** Frequent function words of other Latin-script languages (none of them English words). */
const FOREIGN_FUNCTION_WORDS = new Set(
  `le la les des du et est une pour pas que qui dans sur avec au aux ce cette sont ont été nous vous ils
elle sa son ses leur mais ou très der die das und ist nicht ein eine einen mit den von zu sich auf für
dem im wir sie es auch wird werden hat haben sind el los las del y por con para una es se lo al pero
como más su sus muy también il di che della non sono per gli nel più het een niet ook zijn voor
naar och att det som inte för med är på`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Rough "is this English prose?" check on a sample of the text: share of Latin letters and of
 * English function words. Returns a reason when it is not, for the caller's warning.
 */
export function notEnglishReason(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let latin = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    ) {
      latin++;
      letters++;
    } else if (
      c >= 0x370 &&
      !(c >= 0x2000 && c <= 0x2bff) &&
      !(c >= 0x3000 && c <= 0x303f) &&
      !(c >= 0xd800 && c <= 0xdfff) &&
      !(c >= 0xfe00 && c <= 0xffff)
    ) {
      // Greek, Cyrillic, Arabic, CJK, …: letters of other scripts (punctuation blocks excluded).
      letters++;
    }
  }
  if (letters < 20) return null;
  if (latin / letters < 0.6)
    return "text is mostly in a non-Latin script; extraction supports English only";
  const words = sample.toLowerCase().match(/[a-z\u00C0-\u024F']+/g) ?? [];
  if (words.length < 15) return null;
  let fn = 0;
  let foreign = 0;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w)) fn++;
    else if (FOREIGN_FUNCTION_WORDS.has(w)) foreign++;
  }
  if (foreign > fn || (words.length >= 40 && fn / words.length < 0.04)) {
    return "text does not look like English; extraction supports English only";
  }
  return null;
}
