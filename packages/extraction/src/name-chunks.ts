/** Capitalised chunks split into role + name, with the word lists that decide what a name is. */
import type { Gender } from "./document-model.ts";
import { FUNCTION_WORDS, MONTHS, SENTENCE_STARTERS, WEEKDAYS } from "./lexicon/common-words.ts";
import { genderOfFirstName, isKnownFirstName } from "./lexicon/first-names.ts";
import { KNOWN_ORGS, NON_ORG_ACRONYMS, ORG_HEADS } from "./lexicon/organizations.ts";
import { DEMONYMS, isPlace } from "./lexicon/places.ts";
import { HONORIFIC_GENDER, ROLE_OBJECTS, TITLE_WORDS } from "./lexicon/roles.ts";
import type { Token } from "./tokenize.ts";

export const CONNECTORS = new Set([
  "of",
  "for",
  "de",
  "da",
  "del",
  "della",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "ibn",
  "al",
  "la",
  "le",
  "du",
  "dos",
  "das",
  "&",
  "the",
]);

export const PREPOSITIONS: ReadonlySet<string> = new Set(
  `of with to by from about for at on in against between among into toward towards over under after
before during including like than via alongside amid behind beyond despite within without across
through near upon onto around as`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that do not occur in personal names ("Harbor City Gulls", "Riverside Rivers"). */
export const NON_NAME_WORDS = new Set(
  `city county rivers lake valley harbor harbour islands mountains national united international global
royal states team club fc avenue road bridge square center centre market festival awards prize cup
league series championship olympics games act fund index`
    .split(/\s+/)
    .filter(Boolean),
);

export const NAME_SUFFIXES = new Set(["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]);

export const PRONOUNS: ReadonlyMap<string, { p: "m" | "f" | "pl" | "it"; possessive: boolean }> =
  new Map([
    ["he", { p: "m", possessive: false }],
    ["him", { p: "m", possessive: false }],
    ["his", { p: "m", possessive: true }],
    ["she", { p: "f", possessive: false }],
    ["her", { p: "f", possessive: true }],
    ["they", { p: "pl", possessive: false }],
    ["them", { p: "pl", possessive: false }],
    ["their", { p: "pl", possessive: true }],
    ["it", { p: "it", possessive: false }],
    ["its", { p: "it", possessive: true }],
  ]);

export function isCapWord(t: Token | undefined): boolean {
  return (t?.word ?? false) && !t?.numeric && ((t?.cap ?? false) || (t?.acronym ?? false));
}

export function isSentenceInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.word) return false;
    if (/[“"‘'«:—–(]/.test(t.text)) return true;
  }
  return true;
}

export interface ChunkInfo {
  type: "person" | "organization" | "place" | "single" | "none";
  nameStart: number;
  nameEnd: number;
  tokenStart: number;
  tokenEnd: number;
  role: string | null;
  gender: Gender;
  possessive: boolean;
  sawTitle: boolean;
}

export function textOf(input: string, tokens: Token[], a: number, b: number): string {
  if (b <= a) return "";
  return input
    .slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end)
    .replace(/['’]s$/u, "");
}

/** A capitalised plural at the sentence start that is no organisation or title head. */
export function isPluralCommonStart(t: Token): boolean {
  return (
    /[a-z]{3,}s$/.test(t.lower) &&
    !/(ss|us|is)$/.test(t.lower) &&
    !ORG_HEADS.has(t.lower) &&
    !TITLE_WORDS.has(t.lower) &&
    !isKnownFirstName(t.lower)
  );
}

/** Groups capitalised words (with name connectors) into chunks: [start, end) token ranges. */
export function findChunks(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (!isCapWord(t) || WEEKDAYS.has(t.lower) || PRONOUNS.has(t.lower) || t.lower === "i")
      continue;
    if (MONTHS.has(t.lower)) continue;
    let j = i + 1;
    if (!t.possessive || (isCapWord(tokens[j]) && ORG_HEADS.has((tokens[j] as Token).lower))) {
      while (j < n) {
        const u = tokens[j] as Token;
        if (u.inQuote !== t.inQuote) break;
        if (isCapWord(u)) {
          if (WEEKDAYS.has(u.lower)) break;
          if (MONTHS.has(u.lower) && !isKnownFirstName((tokens[j - 1] as Token).lower)) break;
          j++;
          // "King's College London": a possessive inside an organisation name.
          if (u.possessive && !(isCapWord(tokens[j]) && ORG_HEADS.has((tokens[j] as Token).lower)))
            break;
          continue;
        }
        // Name particles may chain: "von der Leyen", "de la Cruz".
        let c = j;
        while (
          c < n &&
          c - j < 2 &&
          (tokens[c] as Token).word &&
          !(tokens[c] as Token).cap &&
          CONNECTORS.has((tokens[c] as Token).lower)
        )
          c++;
        const next = tokens[c];
        if (
          c > j &&
          isCapWord(next) &&
          next?.inQuote === t.inQuote &&
          (u.lower !== "the" || (tokens[j - 1] as Token).lower === "of") &&
          // "Shares of Northwind", "Residents of Elm Street": a sentence-initial plural common
          // noun before "of" is not part of the name.
          !(u.lower === "of" && j === i + 1 && i === 0 && isPluralCommonStart(t)) &&
          !(
            (u.lower === "of" || u.lower === "for") &&
            !TITLE_WORDS.has((tokens[j - 1] as Token).lower) &&
            tokens.slice(i, j).some((x) => isKnownFirstName(x.lower))
          )
        ) {
          j = c;
          continue;
        }
        if (u.text === "&" && isCapWord(next)) {
          j += 1;
          continue;
        }
        // "Department of Health and Human Services", "Office of Rail and Road": "and" joins the
        // complements of an organisation head already followed by "of"/"for".
        if (
          u.lower === "and" &&
          isCapWord(tokens[j + 1]) &&
          tokens[j + 1]?.inQuote === t.inQuote &&
          orgHeadWithComplement(tokens, i, j)
        ) {
          j += 1;
          continue;
        }
        break;
      }
    }
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}

/** True when tokens[i..j) read "<OrgHead> of/for <Cap…>": "Ministry of Housing". */
export function orgHeadWithComplement(tokens: Token[], i: number, j: number): boolean {
  // Bounded look-back keeps long capitalised runs ("A and B and C …") linear.
  for (let k = Math.max(i, j - 12); k < j - 1; k++) {
    const w = (tokens[k] as Token).lower;
    const next = (tokens[k + 1] as Token).lower;
    if ((next === "of" || next === "for") && ORG_HEADS.has(w)) return true;
  }
  return false;
}

export function analyzeChunk(input: string, tokens: Token[], a0: number, b: number): ChunkInfo {
  let a = a0;
  const last = tokens[b - 1] as Token;
  const possessive = last.possessive;
  const none: ChunkInfo = {
    type: "none",
    nameStart: 0,
    nameEnd: 0,
    tokenStart: a0,
    tokenEnd: b,
    role: null,
    gender: null,
    possessive,
    sawTitle: false,
  };
  const whole = textOf(input, tokens, a, b).toLowerCase();
  if (isPlace(whole)) {
    return {
      ...none,
      type: "place",
      nameStart: (tokens[a] as Token).start,
      ...placeEnd(tokens, a, b),
    };
  }
  // Drop sentence-initial function words ("The", "During", "He").
  while (a < b) {
    const t = tokens[a] as Token;
    if (
      isSentenceInitial(tokens, a) &&
      !t.acronym &&
      (SENTENCE_STARTERS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) &&
      !TITLE_WORDS.has(t.lower)
    ) {
      a++;
      continue;
    }
    if (t.lower === "i" || PRONOUNS.has(t.lower)) {
      a++;
      continue;
    }
    break;
  }
  // Drop connectors stranded at the edges.
  while (a < b && !isCapWord(tokens[a])) a++;
  if (a >= b) return none;
  const first = tokens[a] as Token;
  const afterStrip = textOf(input, tokens, a, b);
  const lowerAll = afterStrip.toLowerCase();
  if (a !== a0 && isPlace(lowerAll)) {
    return {
      ...none,
      type: "place",
      nameStart: first.start,
      nameEnd: endOf(tokens, b),
      tokenStart: a,
    };
  }
  // Title before the name: the last title word that leaves a name after it
  // ("Council President Diane Holloway", "Secretary of Defense Pete Hegseth").
  let roleEnd = a;
  let sawTitle = false;
  let gender: Gender = null;
  for (let t = b - 2; t >= a; t--) {
    const tok = tokens[t] as Token;
    if (!TITLE_WORDS.has(tok.lower) || (isKnownFirstName(tok.lower) && t > a)) continue;
    let k = t + 1;
    if (k < b && ((tokens[k] as Token).lower === "of" || (tokens[k] as Token).lower === "for")) {
      k++;
      while (k < b) {
        const u = tokens[k] as Token;
        const remaining = b - k;
        if (
          (ROLE_OBJECTS.has(u.lower) ||
            isPlace(u.lower) ||
            ORG_HEADS.has(u.lower) ||
            u.lower === "the" ||
            !isKnownFirstName(u.lower)) &&
          remaining > 2
        ) {
          k++;
          continue;
        }
        if ((ROLE_OBJECTS.has(u.lower) || u.lower === "the") && remaining > 1) {
          k++;
          continue;
        }
        break;
      }
    }
    const rest = b - k;
    if (rest < 1 || rest > 4) continue;
    const firstRest = tokens[k] as Token;
    if (!firstRest.cap || ORG_HEADS.has(firstRest.lower) || isPlace(firstRest.lower)) continue;
    if (tokens.slice(k, b).some((x) => TITLE_WORDS.has(x.lower) && !isKnownFirstName(x.lower)))
      continue;
    if (rest === 1 && !tokens.slice(k, b).every((x) => x.cap)) continue;
    sawTitle = true;
    roleEnd = k;
    for (let q = a; q <= t; q++)
      gender = HONORIFIC_GENDER.get((tokens[q] as Token).lower) ?? gender;
    break;
  }
  if (!sawTitle) {
    // A known first name after other capitalised words: "Developer Hannah Kowalski".
    for (let f = a + 1; f < b - 1 && f <= a + 3; f++) {
      const tok = tokens[f] as Token;
      if (!isKnownFirstName(tok.lower) || b - f > 4) continue;
      let orgish = false;
      for (let q = a; q < f; q++)
        if (ORG_HEADS.has((tokens[q] as Token).lower) || (tokens[q] as Token).possessive)
          orgish = true;
      if (orgish) break;
      sawTitle = true;
      roleEnd = f;
      break;
    }
  }
  // Organisations.
  if (!sawTitle) {
    let orgHead = false;
    for (let k = a; k < b; k++) {
      const l = (tokens[k] as Token).lower;
      if ((tokens[k] as Token).cap && ORG_HEADS.has(l)) orgHead = true;
    }
    const acronymKnown = b - a === 1 && first.acronym && KNOWN_ORGS.has(first.lower);
    if (
      orgHead ||
      acronymKnown ||
      (KNOWN_ORGS.has(lowerAll) && !(b - a === 1 && first.lower === "who"))
    ) {
      return {
        ...none,
        type: "organization",
        nameStart: first.start,
        nameEnd: endOf(tokens, b),
        tokenStart: a,
      };
    }
  }
  if (!sawTitle) roleEnd = a;
  // A bare demonym/role object ("Russian") is not a name.
  let nameStart = roleEnd;
  if (!sawTitle) {
    while (nameStart < b && DEMONYMS.has((tokens[nameStart] as Token).lower)) nameStart++;
  }
  const role = sawTitle ? textOf(input, tokens, a, roleEnd) : null;
  const nameLen = b - nameStart;
  if (nameLen <= 0) return { ...none, role, sawTitle, gender };
  const nameFirst = tokens[nameStart] as Token;
  const base = {
    ...none,
    nameStart: nameFirst.start,
    nameEnd: endOf(tokens, b),
    tokenStart: a,
    role,
    gender,
    sawTitle,
  };
  const nameText = textOf(input, tokens, nameStart, b).toLowerCase();
  if (isPlace(nameText)) return { ...base, type: "place" };
  if (nameLen === 1) {
    if (nameFirst.acronym && !sawTitle) {
      if (isPlace(nameFirst.lower)) return { ...base, type: "place" };
      if (NON_ORG_ACRONYMS.has(nameFirst.lower.replace(/\./g, "")) || nameFirst.lower.length < 3)
        return none;
      return { ...base, type: "organization" };
    }
    if (KNOWN_ORGS.has(nameFirst.lower) && !sawTitle && nameFirst.lower !== "who")
      return { ...base, type: "organization" };
    return { ...base, type: "single" };
  }
  if (nameLen > 4) return none;
  // A bare title ("Prime Minister") is a role, not a name.
  if (tokens.slice(nameStart, b).every((x) => TITLE_WORDS.has(x.lower) || DEMONYMS.has(x.lower))) {
    return { ...none, role: textOf(input, tokens, a, b), sawTitle: true };
  }
  for (let q = nameStart; q < b; q++) {
    const t = tokens[q] as Token;
    if (t.word && !t.cap && !CONNECTORS.has(t.lower)) return none;
    if (DEMONYMS.has(t.lower) || isPlace(t.lower)) {
      // "David French": a demonym as the surname after a known first name.
      const surname =
        q === b - 1 && q > nameStart && DEMONYMS.has(t.lower) && isKnownFirstName(nameFirst.lower);
      if (!sawTitle && !surname) return none;
    }
    if (!sawTitle && q > nameStart && FUNCTION_WORDS.has(t.lower)) return none;
  }
  if (!sawTitle && !isKnownFirstName(nameFirst.lower)) {
    for (let q = nameStart; q < b; q++)
      if (NON_NAME_WORDS.has((tokens[q] as Token).lower)) return none;
  }
  const g = gender ?? genderOfFirstName(nameFirst.lower);
  return { ...base, type: "person", gender: g };
}

export function endOf(tokens: Token[], b: number): number {
  const t = tokens[b - 1] as Token;
  return t.possessive && t.end - t.start > t.text.length ? t.start + t.text.length : t.end;
}

export function placeEnd(
  tokens: Token[],
  a: number,
  b: number,
): { tokenStart: number; nameEnd: number } {
  return { tokenStart: a, nameEnd: endOf(tokens, b) };
}

export function lastNameOf(parts: string[]): string {
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i] as string;
    if (!NAME_SUFFIXES.has(p.toLowerCase())) return p;
  }
  return parts[parts.length - 1] ?? "";
}

/** Registry of people, organisations and places in one article. */
