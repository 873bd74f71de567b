/**
 * The Snowball English ("Porter2") stemmer, as PostgreSQL's `english` text search configuration
 * applies it (`english_stem`), so the matcher's stems agree with `to_tsvector('english', …)`.
 * Written from the published algorithm (snowballstem.org/algorithms/english/stemmer.html);
 * `porter2.test.ts` checks it word for word against the values PostgreSQL 15 returns.
 * Expects one lower-case word of letters (a-z and apostrophes); other input is returned as is.
 */

const EXCEPTIONS: Record<string, string> = {
  skis: "ski",
  skies: "sky",
  dying: "die",
  lying: "lie",
  tying: "tie",
  idly: "idl",
  gently: "gentl",
  ugly: "ugli",
  early: "earli",
  only: "onli",
  singly: "singl",
  sky: "sky",
  news: "news",
  howe: "howe",
  atlas: "atlas",
  cosmos: "cosmos",
  bias: "bias",
  andes: "andes",
};
const AFTER_STEP_1A = new Set([
  "inning",
  "outing",
  "canning",
  "herring",
  "earring",
  "proceed",
  "exceed",
  "succeed",
]);
// PostgreSQL 15 ships the Snowball English of before 2.0: only these three prefixes end R1 early
// (later Snowball adds past, univers, later, emerg, organ).
const R1_PREFIXES = ["gener", "commun", "arsen"];

const isVowel = (c: string | undefined) =>
  c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y";

/** Start of the region after the first non-vowel following a vowel (word.length if none). */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

/** A short syllable ending at index i (inclusive). */
function shortSyllableEndsAt(word: string, i: number): boolean {
  if (i === 1) return isVowel(word[0]) && !isVowel(word[1]);
  if (i < 2) return false;
  const c = word[i] as string;
  return (
    !isVowel(c) &&
    c !== "w" &&
    c !== "x" &&
    c !== "Y" &&
    isVowel(word[i - 1]) &&
    !isVowel(word[i - 2])
  );
}

const DOUBLES = new Set(["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]);
const LI_ENDING = new Set(["c", "d", "e", "g", "h", "k", "m", "n", "r", "t"]);

const STEP2: [string, string][] = [
  ["ization", "ize"],
  ["ational", "ate"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["iveness", "ive"],
  ["tional", "tion"],
  ["biliti", "ble"],
  ["lessli", "less"],
  ["entli", "ent"],
  ["ation", "ate"],
  ["alism", "al"],
  ["aliti", "al"],
  ["ousli", "ous"],
  ["iviti", "ive"],
  ["fulli", "ful"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["abli", "able"],
  ["izer", "ize"],
  ["ator", "ate"],
  ["alli", "al"],
  ["bli", "ble"],
  ["ogi", "og"],
  ["li", ""],
];
const STEP3: [string, string][] = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["alize", "al"],
  ["icate", "ic"],
  ["iciti", "ic"],
  ["ative", ""],
  ["ical", "ic"],
  ["ness", ""],
  ["ful", ""],
];
const STEP4 = [
  "ement",
  "ance",
  "ence",
  "able",
  "ible",
  "ment",
  "ant",
  "ent",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
  "ion",
  "al",
  "er",
  "ic",
];

export function stemPorter2(input: string): string {
  if (input.length <= 2 || !/^[a-z']+$/.test(input)) return input;
  let word = input.startsWith("'") ? input.slice(1) : input;
  const exception = EXCEPTIONS[word];
  if (exception) return exception;
  if (word.length <= 2) return word;

  // Mark consonant y
  let chars = word.split("");
  if (chars[0] === "y") chars[0] = "Y";
  for (let i = 1; i < chars.length; i++) {
    if (chars[i] === "y" && isVowel(chars[i - 1])) chars[i] = "Y";
  }
  word = chars.join("");

  const prefix = R1_PREFIXES.find((p) => word.startsWith(p));
  const r1 = prefix ? prefix.length : regionAfter(word, 0);
  const r2 = regionAfter(word, r1);

  // Step 0
  if (word.endsWith("'s'")) word = word.slice(0, -3);
  else if (word.endsWith("'s")) word = word.slice(0, -2);
  else if (word.endsWith("'")) word = word.slice(0, -1);

  // Step 1a
  if (word.endsWith("sses")) word = word.slice(0, -2);
  else if (word.endsWith("ied") || word.endsWith("ies"))
    word = word.length > 4 ? word.slice(0, -2) : word.slice(0, -1);
  else if (word.endsWith("us") || word.endsWith("ss")) {
    // unchanged
  } else if (word.endsWith("s")) {
    let hasVowel = false;
    for (let i = 0; i < word.length - 2; i++) if (isVowel(word[i])) hasVowel = true;
    if (hasVowel) word = word.slice(0, -1);
  }
  if (AFTER_STEP_1A.has(word)) return word;

  // Step 1b
  const inR1 = (suffixLength: number) => word.length - suffixLength >= r1;
  const inR2 = (suffixLength: number) => word.length - suffixLength >= r2;
  const s1b = ["eedly", "ingly", "edly", "eed", "ing", "ed"].find((s) => word.endsWith(s));
  if (s1b === "eed" || s1b === "eedly") {
    if (inR1(s1b.length)) word = `${word.slice(0, -s1b.length)}ee`;
  } else if (s1b) {
    const stem = word.slice(0, -s1b.length);
    if (/[aeiouy]/.test(stem)) {
      word = stem;
      if (word.endsWith("at") || word.endsWith("bl") || word.endsWith("iz")) word += "e";
      else if (DOUBLES.has(word.slice(-2))) word = word.slice(0, -1);
      else if (r1 >= word.length && shortSyllableEndsAt(word, word.length - 1)) word += "e";
    }
  }

  // Step 1c
  const last = word[word.length - 1];
  if ((last === "y" || last === "Y") && word.length > 2 && !isVowel(word[word.length - 2]))
    word = `${word.slice(0, -1)}i`;

  // Step 2
  for (const [suffix, replacement] of STEP2) {
    if (!word.endsWith(suffix)) continue;
    if (inR1(suffix.length)) {
      if (suffix === "ogi") {
        if (word[word.length - 4] === "l") word = `${word.slice(0, -3)}og`;
      } else if (suffix === "li") {
        if (LI_ENDING.has(word[word.length - 3] as string)) word = word.slice(0, -2);
      } else word = word.slice(0, -suffix.length) + replacement;
    }
    break;
  }

  // Step 3
  for (const [suffix, replacement] of STEP3) {
    if (!word.endsWith(suffix)) continue;
    if (inR1(suffix.length)) {
      if (suffix === "ative") {
        if (inR2(suffix.length)) word = word.slice(0, -suffix.length);
      } else word = word.slice(0, -suffix.length) + replacement;
    }
    break;
  }

  // Step 4
  for (const suffix of STEP4) {
    if (!word.endsWith(suffix)) continue;
    if (inR2(suffix.length)) {
      if (suffix === "ion") {
        const before = word[word.length - 4];
        if (before === "s" || before === "t") word = word.slice(0, -3);
      } else word = word.slice(0, -suffix.length);
    }
    break;
  }

  // Step 5
  if (word.endsWith("e")) {
    if (inR2(1) || (inR1(1) && !shortSyllableEndsAt(word, word.length - 2)))
      word = word.slice(0, -1);
  } else if (word.endsWith("ll") && inR2(1)) word = word.slice(0, -1);

  chars = word.split("");
  return chars.map((c) => (c === "Y" ? "y" : c)).join("");
}
