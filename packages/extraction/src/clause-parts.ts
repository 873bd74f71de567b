import { WEEKDAYS } from "./lexicon/common-words.ts";
import { REPORTING_LEMMAS, SPEECH_VERBS, TELL_OBJECTS } from "./lexicon/speech-verbs.ts";
import { isSpeakerNoun } from "./speaker-nouns.ts";
import type { Token } from "./tokenize.ts";

/** Token-level pieces of a reported clause, shared by the reported-speech passes. */

/** Words allowed between a reporting verb and its "that": "said on Monday in a statement that". */
export const ADVERBIAL = new Set(
  `on in at to during last this earlier later recently repeatedly publicly privately again also
previously a an the statement interview press conference briefing news speech post letter email week
month year night morning afternoon evening yesterday today his her their its social media video
hearing meeting forum call phone written court filing filings report x tuesday's frequently often
flatly strongly firmly emphatically with analysts investors reporters journalists time after before
shortly around about a.m. p.m. am pm noon midnight website blog online conference out back`
    .split(/\s+/)
    .filter(Boolean),
);

export const CLAUSE_STARTERS = new Set(
  `the a an this these those he she it they we i there his her their its our no some all most many more
only every nobody nothing none both each any several few such if while although because when
whether`
    .split(/\s+/)
    .filter(Boolean),
);

export const FINITE_CUES = new Set(
  `is are was were has have had will would could can should must may might did does do won't can't
cannot isn't aren't wasn't weren't hasn't haven't doesn't didn't wouldn't couldn't shouldn't remains remain
needs need wants want makes make takes take goes go comes come seems seem gets get plans plan intends
intend costs cost works work includes include lacks lack knows know believes believe faces face poses
pose supports support opposes oppose means mean shows show began begun came went grew fell rose made
took gave got saw knew found left kept held brought bought sold paid spent lost won met ran sent built
thought felt put set cut hit let led fled broke chose drove fought hid hung lay read rode shot shut
spoke stood stole struck swore taught threw understood woke wore wrote became beat drew flew forgot
froze meant rang sank sat slept sought stuck swam swept tore withdrew overtook undertook told said
feel feels think thinks expect expects hope hopes agree agrees welcome welcomes prefer prefers fear
fears worry worries deserve deserves consider considers`
    .split(/\s+/)
    .filter(Boolean)
    // Curly apostrophes too: "didn’t", "won’t".
    .flatMap((w) => (w.includes("'") ? [w, w.replace("'", "’")] : [w])),
);

/** "she’ll", "they’re", "we’d", "I’ve", "it’s": a subject pronoun with its auxiliary. */
const PRONOUN_AUXILIARY = /^(?:he|she|they|we|i|you|it|there)['’](?:ll|d|re|ve|m|s)$/;

export function isPronounAuxiliary(t: Token): boolean {
  if (!t.word) return false;
  // The tokenizer reads "he’s", "it’s", "that’s" as a possessive ending on the pronoun.
  if (t.possessive) return /^(?:he|she|it|there|that|what|who|here)$/.test(t.lower);
  return PRONOUN_AUXILIARY.test(t.lower);
}

/** A bare clause ("said the plan failed") needs a finite verb; "noting the necessity" has none. */
const SUBJECT_PRONOUNS = new Set("he she they we i".split(" "));
/** Words that may follow a subject pronoun without being its verb. */
const NOT_A_VERB_AFTER_PRONOUN = new Set(
  `and or but nor who that which whom whose of to in on at by for with from as than about into
also all both each himself herself themselves ourselves myself alone too the a an this these
those there here now then so if when while because although though`.split(/\s+/),
);

/**
 * "say they empathize with her", "said we differ": a subject pronoun followed (after at most
 * one adverb) by a lowercase word is followed by its verb, whatever the verb.
 */
function pronounThenVerb(tokens: Token[], a: number): boolean {
  const first = tokens[a];
  if (!first?.word || first.inQuote || !SUBJECT_PRONOUNS.has(first.lower)) return false;
  let k = a + 1;
  // "said he and Trump differ on …": a pronoun and a name (one or two capitalised words).
  if (tokens[k]?.lower === "and" && tokens[k + 1]?.cap && !tokens[k + 1]?.inQuote) {
    k += 2;
    if (tokens[k]?.cap) k++;
  }
  const adverb = tokens[k];
  if (
    adverb?.word &&
    !adverb.cap &&
    /^(?:[a-z]+ly|still|never|just|only|really|always|often|even)$/.test(adverb.lower)
  )
    k++;
  const t = tokens[k];
  if (!t?.word || t.cap || t.inQuote || t.numeric) return false;
  return !NOT_A_VERB_AFTER_PRONOUN.has(t.lower) && !t.lower.endsWith("ing");
}

export function hasFiniteVerb(tokens: Token[], a: number): boolean {
  if (tokens[a] && isPronounAuxiliary(tokens[a] as Token)) return true;
  if (pronounThenVerb(tokens, a)) return true;
  for (let k = a + 1; k < tokens.length && k < a + 12; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (t.text === "," || t.text === ".") return false;
      continue;
    }
    if (FINITE_CUES.has(t.lower)) return true;
    // Present tense after a subject: "the mill sits", "Moore plays".
    const prevTok = tokens[k - 1] as Token;
    if (
      !t.cap &&
      k >= a + 1 &&
      !prevTok.numeric &&
      !(tokens[a] as Token).numeric &&
      /[a-z]{2,}[^su]s$/.test(t.lower) &&
      prevTok.word &&
      ![
        "the",
        "a",
        "an",
        "of",
        "and",
        "its",
        "their",
        "his",
        "her",
        "for",
        "to",
        "in",
        "on",
        "by",
      ].includes(prevTok.lower)
    )
      return true;
    if (!t.cap && /[a-z]ed$/.test(t.lower) && !FINITE_CUES.has((tokens[k - 1] as Token).lower)) {
      const prev = (tokens[k - 1] as Token).lower;
      if (!["the", "a", "an", "its", "their", "his", "her", "this", "that"].includes(prev))
        return true;
    }
  }
  return false;
}

export const INVERTED_LEMMAS = new Set(
  "say tell add note claim argue insist warn write explain state conclude estimate predict announce confirm maintain contend".split(
    " ",
  ),
);

export function lemmaOf(t: Token): string | undefined {
  if (!t.word || t.inQuote || t.cap) return undefined;
  return SPEECH_VERBS.get(t.lower);
}

export const NOT_CLAUSE_START = new Set(
  `to in on at by for with from about of into over after before during as than up out off back down
goodbye so yes no thanks hello will would could can should may might must is are was were has have had
do does did be been being not aboard last earlier later while when via and or nor`
    .split(/\s+/)
    .filter(Boolean),
);

export function isClauseStart(t: Token | undefined): boolean {
  if (!t?.word || t.inQuote) return false;
  if (CLAUSE_STARTERS.has(t.lower)) return true;
  // A bare noun subject ("said inflation had eased"); the finite-verb check follows.
  if (
    !t.cap &&
    !NOT_CLAUSE_START.has(t.lower) &&
    !t.lower.endsWith("ly") &&
    !t.lower.endsWith("ing")
  )
    return true;
  if (t.numeric) return true;
  return t.cap && !WEEKDAYS.has(t.lower);
}

export const OBJECT_DETERMINERS = new Set("the a an his her their its our my this that".split(" "));

/**
 * One past the indirect object of "told": a pronoun or "reporters", capitalised names ("Fox
 * News", "the BBC"), or a determiner plus one noun ("the council", "a news conference"). Never
 * swallows the clause's own determiner: "told analysts the company would …".
 */
/** "The Star-Ledger of Newark": a named listener's "of PLACE" (up to three capitalised words). */
function ofPlace(tokens: Token[], j: number): number {
  if (tokens[j]?.lower !== "of" || !tokens[j + 1]?.word || !tokens[j + 1]?.cap) return j;
  let e = j + 1;
  while (e < tokens.length && e < j + 4 && (tokens[e] as Token).word && (tokens[e] as Token).cap)
    e++;
  return e;
}

export function tellObjectEnd(tokens: Token[], k: number): number {
  const n = tokens.length;
  const first = tokens[k];
  if (!first?.word || first.inQuote || first.lower === "that") return k;
  if (OBJECT_DETERMINERS.has(first.lower)) {
    let j = k + 1;
    // "the BBC", "the Senate Finance Committee", "a news conference", "the full council"
    if (tokens[j]?.word && tokens[j]?.cap) {
      while (j < n && (tokens[j] as Token).word && (tokens[j] as Token).cap) j++;
      return ofPlace(tokens, j);
    }
    let words = 0;
    while (j < n && words < 3 && (tokens[j] as Token).word && !(tokens[j] as Token).inQuote) {
      const u = tokens[j] as Token;
      if (u.lower === "that" || OBJECT_DETERMINERS.has(u.lower) || FINITE_CUES.has(u.lower)) break;
      j++;
      words++;
      if (TELL_OBJECTS.has(u.lower) || isSpeakerNoun(u.lower)) break;
      const next = tokens[j];
      if (!next?.word || next.lower === "that" || OBJECT_DETERMINERS.has(next.lower)) break;
      if (next.lower === "in" || next.lower === "on" || next.lower === "at") break;
    }
    return j;
  }
  let j = k;
  if (first.cap) {
    while (j < n && (tokens[j] as Token).word && (tokens[j] as Token).cap && j < k + 4) j++;
    return ofPlace(tokens, j);
  }
  // "local reporters", "reporters", "him"
  while (j < n && j < k + 2 && (tokens[j] as Token).word && !(tokens[j] as Token).inQuote) {
    const u = tokens[j] as Token;
    if (TELL_OBJECTS.has(u.lower) || isSpeakerNoun(u.lower)) return j + 1;
    j++;
  }
  return k;
}

/** Index one past the clause that starts at token `a`. */
export function clauseEnd(tokens: Token[], a: number): number {
  for (let k = a; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote) continue;
    if (t.text === ";") return k;
    const next = tokens[k + 1];
    if (t.text === "," && next && next.word && !next.inQuote) {
      const l = SPEECH_VERBS.get(next.lower);
      if ((l && next.lower.endsWith("ing")) || next.lower === "according") return k;
    }
    if ((t.lower === "and" || t.lower === "but") && next && k > a + 2) {
      let j = k + 1;
      while (
        j < tokens.length &&
        (tokens[j] as Token).word &&
        /ly$|^also$|^later$/.test((tokens[j] as Token).lower)
      )
        j++;
      const l = lemmaOf(tokens[j] as Token);
      if (l && REPORTING_LEMMAS.has(l) && (tokens[j + 1] as Token | undefined)?.lower === "that")
        return k;
    }
  }
  return tokens.length;
}

export function spanOf(
  input: string,
  tokens: Token[],
  a: number,
  b: number,
): [number, number] | null {
  if (b <= a) return null;
  let start = (tokens[a] as Token).start;
  let end = (tokens[b - 1] as Token).end;
  while (end > start && /[\s.,;:!—–-]/.test(input[end - 1] ?? "")) end--;
  while (start < end && /[\s,;:—–-]/.test(input[start] ?? "")) start++;
  return end > start ? [start, end] : null;
}

export function wordCount(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if ((tokens[k] as Token).word) n++;
  return n;
}

export function quotedShare(tokens: Token[], a: number, b: number): number {
  let q = 0;
  let w = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    w++;
    if (t.inQuote) q++;
  }
  return w === 0 ? 1 : q / w;
}
