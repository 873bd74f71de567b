// Turns a statement (a tweet, a sentence of an article, a fact-check's claim or headline) into
// what the matcher compares: English stems without stop words (as PostgreSQL's `english`
// configuration makes them), the named entities and numbers it mentions, and whether it is negated.
import { stemPorter2 } from "./porter2.ts";

/** PostgreSQL 15's `english.stop` (tsearch_data), the stop words `to_tsvector('english')` drops. */
export const STOP_WORDS = new Set(
  (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself " +
    "she her hers herself it its itself they them their theirs themselves what which who whom " +
    "this that these those am is are was were be been being have has had having do does did " +
    "doing a an the and but if or because as until while of at by for with about against between " +
    "into through during before after above below to from up down in out on off over under again " +
    "further then once here there when where why how all any both each few more most other some " +
    "such no nor not only own same so than too very s t can will just don should now"
  ).split(" "),
);

/** Longest statement analysed, in characters (a longer one is cut: matching needs its start). */
export const MAX_ANALYZED_CHARS = 2000;

const NEGATIONS = new Set(["not", "no", "never", "nor", "none", "nobody", "nothing", "neither"]);
const MONTHS =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** The attribution a pasted tweet ends with: "— Name (@handle) January 14, 2020". */
const TWEET_SIGNATURE = new RegExp(
  `\\s*[—–-]+\\s*([^—–()]{0,80}?)\\s*\\(@?\\w{1,30}\\)\\s*(${MONTHS})\\.?\\s+\\d{1,2},?\\s+(\\d{4})\\W*$`,
  "i",
);
// a pasted tweet often glues its picture link to the last word ("#Amazonia" + "pic.twitter.com/…")
const URL =
  /\b(?:https?:\/\/|www\.)\S+|pic\.twitter\.com\/\S*|\b[a-z0-9-]+\.(?:com|org|net|ly|co)\/\S*/gi;
const NUMBER_WORDS: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  twenty: "20",
  thirty: "30",
  fifty: "50",
  hundred: "100",
  thousand: "1000",
};

/**
 * What a pasted tweet says without its packaging: links, the trailing "— Name (@handle) date",
 * "RT @x:" prefixes; @handles and #hashtags become words ("#AustralianFires" -> "Australian Fires").
 */
/** Who posted a pasted tweet and the year, from its trailing signature; null when none. */
export function tweetSignature(
  raw: string,
): { author: string; month: string; year: string } | null {
  const match = TWEET_SIGNATURE.exec(raw.slice(-300));
  return match
    ? {
        author: (match[1] ?? "").trim(),
        month: (match[2] ?? "").slice(0, 3).toLowerCase(),
        year: match[3] ?? "",
      }
    : null;
}

const MONTH_NAMES = new RegExp(`\\b${MONTHS}\\b`, "gi");
const YEARS = /\b(?:19[5-9]\d|20[0-4]\d)\b/g;

/** The months ("jan" … "dec") and years (1950-2049) a text names. */
export function datesOf(text: string): { months: Set<string>; years: Set<string> } {
  const months = new Set<string>();
  for (const m of text.matchAll(MONTH_NAMES)) {
    // "may" and "march" are also words: only capitalised ones count
    if (/^[A-Z]/.test(m[0])) months.add(m[0].slice(0, 3).toLowerCase());
  }
  return { months, years: new Set(text.match(YEARS) ?? []) };
}

/** What any of the steps of cleanStatement would change. */
const NEEDS_CLEANING =
  /[@#(\p{Cc}\p{Cf}\ufffd]|https?:|www\.|pic\.twitter|\.(?:com|org|net|ly|co)\/|^\s*RT\s/iu;

export function cleanStatement(raw: string): string {
  let text = raw.length > MAX_ANALYZED_CHARS ? raw.slice(0, MAX_ANALYZED_CHARS) : raw;
  // most archive texts have nothing to clean (no link, handle, signature, control character)
  if (!NEEDS_CLEANING.test(text)) return text.replace(/\s+/g, " ").trim();
  text = text.replace(/[\p{Cc}\p{Cf}\ufffd]/gu, " ");
  // the author is kept (a checked claim often names who tweeted it), the handle and day are not
  text = text.replace(
    TWEET_SIGNATURE,
    (_m, author: string) => ` . ${author.replace(/[^\p{L}\s.'-]/gu, " ")}`,
  );
  text = text.replace(URL, " ");
  text = text.replace(/^\s*RT\s+@\w+:?/i, " ");
  text = text.replace(/[@#]([A-Za-z0-9_]+)/g, (_m, word: string) => splitCamelCase(word));
  return text.replace(/\s+/g, " ").trim();
}

/** "AustralianFires" -> "Australian Fires", "realDonaldTrump" -> "real Donald Trump". */
function splitCamelCase(word: string): string {
  return word
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/([A-Za-z])(\d)/g, "$1 $2");
}

/** The words of a text as typed: lower case, accents folded, stop words kept. */
export function surfaceWords(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (token.length === 1 && ".!?;:".includes(token)) continue;
    out.push(tokenInfo(token).lower);
  }
  return out;
}

export interface AnalyzedText {
  /** stems in order, stop words and one-letter words dropped */
  stems: string[];
  /** stems of capitalised words that are not the first of a sentence (names, places, bodies) */
  entities: Set<string>;
  /** numbers, normalised ("1,200" -> "1200", "70%" -> "70", "seven" -> "7") */
  numbers: Set<string>;
  /** whether a negation word occurs (not, no, never, n't …) */
  negated: boolean;
  /** the words as typed (surfaceWords), for phrase matching */
  words: string[];
  /** a pasted tweet's author (stems), month ("jan" … "dec") and year, from its signature */
  author: string[];
  year: string | null;
  month?: string | null;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[.!?;:]/gu;

function fold(word: string): string {
  return /^[ -~]*$/.test(word)
    ? word
    : word
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/’/g, "'");
}

const STEM_CACHE = new Map<string, string | null>();

/** Stem of one lower-case word (already folded), or null for a stop word. */
export function stemWord(lower: string): string | null {
  let stem = STEM_CACHE.get(lower);
  if (stem !== undefined) return stem;
  stem = computeStem(lower);
  if (STEM_CACHE.size >= 500_000) STEM_CACHE.clear();
  STEM_CACHE.set(lower, stem);
  return stem;
}

function computeStem(lower: string): string | null {
  if (STOP_WORDS.has(lower)) return null;
  const bare = lower.endsWith("'s") ? lower.slice(0, -2) : lower.replace(/'.*$/, "");
  if (bare.length < 2 && !/\d/.test(bare)) return null;
  if (STOP_WORDS.has(bare)) return null;
  return /^[a-z]+$/.test(bare) ? stemPorter2(bare) : bare;
}

interface TokenInfo {
  /** lower case, accents folded */
  lower: string;
  stem: string | null;
  negation: boolean;
  /** capitalised (not all capitals): a name when not the first word of a sentence */
  capitalised: boolean;
  acronym: boolean;
  spelledNumber: string | undefined;
}

/** Tokens seen before (a vocabulary is small; stemming is the costly part of analysis). */
const TOKEN_CACHE = new Map<string, TokenInfo>();

function tokenInfo(token: string): TokenInfo {
  let info = TOKEN_CACHE.get(token);
  if (info) return info;
  const word = fold(token);
  const lower = word.toLowerCase();
  info = {
    lower,
    stem: stemWord(lower),
    negation: NEGATIONS.has(lower) || lower.endsWith("n't"),
    capitalised: /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word),
    acronym: /^\p{Lu}{2,6}s?$/u.test(word),
    spelledNumber: NUMBER_WORDS[lower],
  };
  if (TOKEN_CACHE.size >= 500_000) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(token, info);
  return info;
}

export function analyzeText(raw: string, options: { clean?: boolean } = {}): AnalyzedText {
  const text = options.clean === false ? raw.slice(0, MAX_ANALYZED_CHARS) : cleanStatement(raw);
  const stems: string[] = [];
  const entities = new Set<string>();
  const numbers = new Set<string>();
  let negated = false;
  let sentenceStart = true;
  const words: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (token.length === 1 && ".!?;:".includes(token)) {
      sentenceStart = token !== ":" && token !== ";";
      continue;
    }
    const info = tokenInfo(token);
    words.push(info.lower);
    if (info.negation) negated = true;
    if (info.spelledNumber) numbers.add(info.spelledNumber);
    if (info.stem) {
      stems.push(info.stem);
      if ((info.capitalised && !sentenceStart) || info.acronym) entities.add(info.stem);
    }
    sentenceStart = false;
  }
  for (const match of text.matchAll(NUMBER)) {
    const value = match[0]
      .replace(/,/g, "")
      .replace(/^0+(?=\d)/, "")
      .replace(/\.0+$/, "");
    if (value.length <= 12) numbers.add(value);
  }
  const signature = options.clean === false ? null : tweetSignature(raw);
  const author = signature
    ? surfaceWords(signature.author).flatMap((w) => {
        const stem = stemWord(w);
        return stem && stem.length > 1 ? [stem] : [];
      })
    : [];
  return {
    stems,
    entities,
    numbers,
    negated,
    words,
    author,
    year: signature?.year ?? null,
    month: signature?.month ?? null,
  };
}

const NUMBER = /(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\p{L}\d.,])\d+(?:\.\d+)?/gu;
