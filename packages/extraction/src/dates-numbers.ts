import { MONTHS, NUMBER_WORDS, WEEKDAYS } from "./lexicon/common-words.ts";
import type { Token } from "./tokenize.ts";
import type { Entity } from "./types.ts";

const RELATIVE_DATES = new Set(["yesterday", "today", "tomorrow", "tonight"]);
const DATE_UNITS = new Set(["week", "month", "year", "decade", "century", "weekend", "quarter"]);
const SCALE = new Set(["million", "billion", "trillion", "thousand", "hundred", "percent", "%"]);
const CURRENCY = new Set(["$", "€", "£", "¥"]);

function isYear(t: Token): boolean {
  return /^(1[5-9]\d\d|20\d\d)s?$/.test(t.text);
}

function span(input: string, a: Token, b: Token, type: Entity["type"]): Entity {
  return { type, text: input.slice(a.start, b.end), start: a.start, end: b.end };
}

/** Dates ("February 2022", "Feb. 5, 2024", "on Wednesday", "last year") and numbers. */
export function findDatesAndNumbers(input: string, tokens: Token[]): Entity[] {
  const out: Entity[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (!t.word && !CURRENCY.has(t.text)) continue;
    // Month-led dates.
    if (MONTHS.has(t.lower) && (t.cap || t.lower.length > 3)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      // "may" the verb is lowercase; require a number next or a date context for "May"/"March".
      if (t.lower === "may" || t.lower === "march") {
        if (
          !next?.numeric &&
          !(
            prev &&
            ["in", "since", "until", "by", "last", "next", "early", "late", "mid"].includes(
              prev.lower,
            )
          )
        )
          continue;
      }
      let j = i;
      if (tokens[j + 1]?.numeric && /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[j + 1]?.text ?? "")) j++;
      if (tokens[j + 1]?.text === "," && tokens[j + 2] && isYear(tokens[j + 2] as Token)) j += 2;
      else if (tokens[j + 1] && isYear(tokens[j + 1] as Token)) j++;
      out.push(span(input, t, tokens[j] as Token, "date"));
      i = j;
      continue;
    }
    if (WEEKDAYS.has(t.lower) && t.cap && t.lower.length > 3) {
      out.push(span(input, t, t, "date"));
      continue;
    }
    if (RELATIVE_DATES.has(t.lower)) {
      out.push(span(input, t, t, "date"));
      continue;
    }
    if (
      (t.lower === "last" || t.lower === "next" || t.lower === "this") &&
      tokens[i + 1] &&
      DATE_UNITS.has((tokens[i + 1] as Token).lower)
    ) {
      out.push(span(input, t, tokens[i + 1] as Token, "date"));
      i++;
      continue;
    }
    if (isYear(t)) {
      out.push(span(input, t, t, "date"));
      continue;
    }
    // Embedded years: "pre-2014", "mid-2020s".
    if (/^[a-z]+-(1[89]|20)\d\ds?$/i.test(t.text)) {
      out.push(span(input, t, t, "date"));
      continue;
    }
    const startsNumber =
      t.numeric ||
      CURRENCY.has(t.text) ||
      (NUMBER_WORDS.has(t.lower) &&
        t.lower !== "one" &&
        t.lower !== "half" &&
        t.lower !== "double");
    if (!startsNumber) continue;
    if (CURRENCY.has(t.text) && !tokens[i + 1]?.numeric) continue;
    let j = i;
    if (CURRENCY.has(t.text)) j++;
    while (j + 1 < n) {
      const u = tokens[j + 1] as Token;
      if (
        SCALE.has(u.lower) ||
        (NUMBER_WORDS.has(u.lower) && !u.numeric && u.lower !== "one") ||
        u.text === "%"
      ) {
        j++;
        continue;
      }
      break;
    }
    out.push(span(input, t, tokens[j] as Token, "number"));
    i = j;
  }
  return out;
}
