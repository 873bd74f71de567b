import { AMBIGUOUS_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "./lexicon/common-words.ts";

export interface Token {
  /** Surface text (for words with a possessive ending, without the "'s"). */
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Two or more letters, all uppercase ("NATO"). */
  acronym: boolean;
  possessive: boolean;
  numeric: boolean;
  inQuote: boolean;
}

const LETTER_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && LETTER_DIGIT.test(ch);
}

function isWs(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0" || c === "\u3000";
}

const INTERNAL = new Set(["'", "’", "-", ".", "&", "/", ","]);

/** Tokenises input[start, end) into words and single punctuation marks. Linear time. */
export function tokenize(
  input: string,
  start: number,
  end: number,
  inQuote: (i: number) => boolean,
): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const ch = input[i];
    if (isWs(ch)) {
      i++;
      continue;
    }
    if (!isWordChar(ch)) {
      tokens.push({
        text: ch as string,
        lower: ch as string,
        start: i,
        end: i + 1,
        word: false,
        cap: false,
        acronym: false,
        possessive: false,
        numeric: false,
        inQuote: inQuote(i),
      });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const c = input[j];
      if (isWordChar(c)) {
        j++;
        continue;
      }
      if (c !== undefined && INTERNAL.has(c) && isWordChar(input[j + 1])) {
        // "1,000" keeps its comma; "Shaw,Jones" does not happen in edited prose.
        if (c === "," && !(/\d/.test(input[j - 1] ?? "") && /\d/.test(input[j + 1] ?? ""))) break;
        // Closing single quote followed by a letter is an apostrophe; otherwise stop.
        j += 2;
        continue;
      }
      break;
    }
    let text = input.slice(i, j);
    let tokEnd = j;
    // Abbreviation or initial with its period: "Dr.", "U.S.", "J."
    if (input[j] === ".") {
      const lower = text.toLowerCase();
      if (
        TITLE_ABBREVIATIONS.has(lower) ||
        AMBIGUOUS_ABBREVIATIONS.has(lower) ||
        /^\p{Lu}$/u.test(text) ||
        /^(\p{L}\.)+\p{L}$/u.test(text)
      ) {
        text += ".";
        tokEnd = j + 1;
      }
    }
    let possessive = false;
    const last2 = text.charCodeAt(text.length - 2);
    const m =
      (last2 === 39 || last2 === 0x2019) && text.endsWith("s") ? /^(.+)['’]s$/u.exec(text) : null;
    if (m) {
      possessive = true;
      text = m[1] as string;
    } else if (
      (input[j] === "’" || input[j] === "'") &&
      /s$/.test(text) &&
      !isWordChar(input[j + 1])
    ) {
      // Plural possessive ("the workers’ union"), only outside quotes to avoid eating closers.
      if (!inQuote(j) && /\p{Lu}/u.test(text[0] ?? "")) possessive = true;
    }
    const first = text[0] ?? "";
    const cap = first !== first.toLowerCase() && first === first.toUpperCase();
    const letters = cap ? text.replace(/[^\p{L}]/gu, "") : "";
    tokens.push({
      text,
      lower: text.toLowerCase(),
      start: i,
      end: possessive && m ? tokEnd : tokEnd,
      word: true,
      cap,
      acronym:
        letters.length >= 2 &&
        letters === letters.toUpperCase() &&
        letters !== letters.toLowerCase(),
      possessive,
      numeric: /^\d/.test(text),
      inQuote: inQuote(i),
    });
    i = tokEnd;
  }
  return tokens;
}

/** The first token from `a` (before `b`) that is a word; `b` when there is none. */
export function firstWordAt(tokens: Token[], a: number, b: number): number {
  let k = a;
  while (k < b && !(tokens[k] as Token).word) k++;
  return k;
}

/** One past the last word before `b` (after `a`); `a` when there is none. */
export function lastWordEnd(tokens: Token[], a: number, b: number): number {
  let k = b;
  while (k > a && !(tokens[k - 1] as Token).word) k--;
  return k;
}
