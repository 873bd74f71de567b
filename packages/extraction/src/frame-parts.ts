import { thatAfterAside } from "./aside-that.ts";
import {
  ADVERBIAL,
  FINITE_CUES,
  hasFiniteVerb,
  isClauseStart,
  isPronounAuxiliary,
  tellObjectEnd,
  wordCount,
} from "./clause-parts.ts";
import { afterGerundPreposition } from "./gerund-prepositions.ts";
import { WEEKDAYS } from "./lexicon/common-words.ts";
import { INFINITIVE_CUE_LEMMAS, QUESTION_CUE_LEMMAS } from "./lexicon/cues.ts";
import { isSkippable } from "./resolve-speakers.ts";
import type { Token } from "./tokenize.ts";

/** Token tests for the speech-frame pass (src/speech-frames.ts): verbs, adverbials, clauses. */

export const MAX_SOURCE_TOKENS = 40;

/** A clause needs a verb: "At a rally Friday in Coral Springs" is not one. */
export function hasVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    // "he’s", "it's", "there's": the tokenizer keeps "’s" as a possessive ending.
    if (t.possessive && /^(he|she|it|that|there|what|who|here)$/.test(t.lower)) return true;
    if (isPronounAuxiliary(t)) return true;
    if (t.cap) continue;
    if (FINITE_CUES.has(t.lower)) return true;
    if (/^(won't|can't|isn't|aren't|wasn't|weren't|doesn't|didn't)$/.test(t.lower)) return true;
    const prev = tokens[k - 1] as Token | undefined;
    if (prev && (DETS.has(prev.lower) || PREPOSITIONS.has(prev.lower))) continue;
    if (t.lower.length > 4 && k > a && /[^e]ed$/.test(t.lower)) return true;
    // Present tense after a subject ("the plan works"), not a noun ("consensus", "business").
    if (
      t.lower.length > 4 &&
      k > a &&
      /[^su]s$/.test(t.lower) &&
      !/(?:ness|ics|ous|ies|ors|ers|ists|ions|ents|ants)$/.test(t.lower) &&
      prev?.word &&
      !prev.numeric &&
      (prev.cap || PRONOUN_WORDS.has(prev.lower) || /(?:ion|ment|ity|er|or|ist)$/.test(prev.lower))
    )
      return true;
  }
  return false;
}

export const CONJUNCTIONS = new Set(
  "and but or so nor then yet including led with from by as".split(" "),
);

export const PREPOSITIONS = new Set("in on at during to with after before via".split(" "));
export const DETERMINER_WORDS = new Set("a an the this his her their its".split(" "));
/** Lemmas whose content may follow without "that" in this pass. */
export const BARE_FRAME_LEMMAS = new Set(
  `say tell claim argue insist warn add write predict contend allege acknowledge admit note testify
suggest assert confirm announce concede complain vow promise boast recall estimate insist
reiterate`.split(/\s+/),
);
export const SUBORDINATE_STARTS = new Set(
  "when while after before until as since because if although though unless once whereas".split(
    " ",
  ),
);
export const QUESTION_WORDS = new Set("whether if why how what when where who which".split(" "));
export const SUBORDINATORS = new Set(
  "that which who whom whose because while as when if although though since but and where".split(
    " ",
  ),
);
export const DETS = new Set(
  "the a an this that these those his her their its our some many but and yet so still however also about nearly almost only just roughly".split(
    " ",
  ),
);
export const PRONOUN_WORDS = new Set("he she they it we i".split(" "));

/** Index past adverbials after a cue: "on Tuesday", "in a statement", "in an interview with CNN". */
export function skipAdverbials(tokens: Token[], k: number, limit: number): number {
  let j = k;
  while (j < tokens.length && j < k + limit) {
    const u = tokens[j] as Token;
    if (u.inQuote) break;
    if (u.text === ",") {
      j++;
      continue;
    }
    if (!u.word) break;
    const prevTok = tokens[j - 1] as Token | undefined;
    const nextTok = tokens[j + 1] as Token | undefined;
    if (DETERMINER_WORDS.has(u.lower)) {
      // "said in a statement": a determiner only inside a prepositional adverbial.
      if (j > k && prevTok && PREPOSITIONS.has(prevTok.lower)) {
        j++;
        continue;
      }
      break;
    }
    // "has said for weeks he's …", "said for the past two years that …": a span of time.
    if (u.lower === "for" || u.lower === "over") {
      const span = timeSpan(tokens, j + 1);
      if (span > 0) {
        j += 1 + span;
        continue;
      }
    }
    if (PREPOSITIONS.has(u.lower)) {
      // "in a statement", "on Tuesday", "to reporters", "in an interview with CNN".
      if (
        nextTok?.word &&
        (DETERMINER_WORDS.has(nextTok.lower) ||
          nextTok.cap ||
          WEEKDAYS.has(nextTok.lower) ||
          ADVERBIAL.has(nextTok.lower))
      ) {
        j++;
        continue;
      }
      break;
    }
    if (
      ADVERBIAL.has(u.lower) ||
      WEEKDAYS.has(u.lower) ||
      (u.lower.endsWith("ly") && !u.cap && u.lower.length > 3)
    ) {
      j++;
      continue;
    }
    // Capitalised words inside a prepositional adverbial: "in an interview with CNN".
    const prev = tokens[j - 1] as Token | undefined;
    if (
      u.cap &&
      prev &&
      j > k &&
      (PREPOSITIONS.has(prev.lower) || prev.cap || DETS.has(prev.lower))
    ) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

const TIME_PLURALS = /^(days|weeks|months|years|decades)$/;

/** Words of "weeks", "the past two years", "several months" at k (at most 4), or 0. */
function timeSpan(tokens: Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + 4; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.inQuote || t.cap) return 0;
    if (TIME_PLURALS.test(t.lower)) return j - k + 1;
    if (
      !/^(the|a|past|last|few|several|many|two|three|four|five|ten|some)$/.test(t.lower) &&
      !t.numeric
    )
      return 0;
  }
  return 0;
}

/** Where the source phrase before the cue at `v` starts (after a boundary). */
export function sourceStart(tokens: Token[], v: number): number {
  let k = v - 1;
  while (k >= 0 && isSkippable(tokens[k] as Token)) k--;
  let depth = 0;
  for (let j = k; j >= 0 && v - j <= MAX_SOURCE_TOKENS; j--) {
    const t = tokens[j] as Token;
    if (t.inQuote) return j + 1;
    if (t.text === ")") depth++;
    else if (t.text === "(") depth--;
    if (depth > 0) continue;
    if (t.text === ";" || t.text === ":" || /^[”"“]$/.test(t.text)) return j + 1;
    // "and"/"but" end the source only after a comma ("…, and critics say"), not inside a
    // coordinated source ("RT and its defenders say", "Experts on X and Y said").
    const coordinated = (t.lower === "and" || t.lower === "but") && tokens[j - 1]?.text !== ",";
    if (t.word && SUBORDINATORS.has(t.lower) && !t.cap && !coordinated) {
      if (t.lower === "who" || t.lower === "which" || t.lower === "whom") {
        // "many of whom say": the partitive belongs to the source.
        const p = tokens[j - 2];
        const partitive =
          tokens[j - 1]?.lower === "of" &&
          p?.word &&
          /^(many|some|most|all|several|one|none|few|two|both|each)$/.test(p.lower);
        return partitive ? j - 2 : j;
      }
      return j + 1;
    }
    if (t.text === ",") {
      // ", chairman of the …," appositive: keep walking when a name sits before it.
      return j + 1;
    }
    if (j === 0) return 0;
  }
  return Math.max(0, v - MAX_SOURCE_TOKENS);
}

export function hasQuoteMark(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (/^[“”"]$/.test((tokens[k] as Token).text)) return true;
  return false;
}

/** "If …, it's …", "When the poll asked …", "But when Congress …": an adverbial clause. */
export function startsSubordinate(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length && k < 3; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    if (SUBORDINATE_STARTS.has(t.lower)) return true;
    if (!["but", "and", "yet", "so"].includes(t.lower)) return false;
  }
  return false;
}

export function quotedWords(tokens: Token[], a: number, b: number): number {
  let q = 0;
  for (let k = a; k < b; k++) if ((tokens[k] as Token).word && (tokens[k] as Token).inQuote) q++;
  return q;
}

export function contentOk(tokens: Token[], a: number, b: number): boolean {
  const words = wordCount(tokens, a, b);
  if (words < 4) return false;
  let unquoted = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.word && !t.inQuote) unquoted++;
  }
  // Not a bare quotation (the quote pass owns it), not a lone quoted noun phrase.
  return unquoted >= 2 && !(tokens[a] as Token).inQuote;
}

/** Nouns ending in "-ed" that a medium or adverbial before "that" may hold ("Twitter feed"). */
const EED_NOUNS = new Set(
  "feed feeds newsfeed speed greed creed deed seed breed indeed".split(" "),
);

/**
 * "says at a campaign stop in Toledo, Ohio, that …", "told MSNBC's “Morning Joe” that …": a
 * "that" within a few words, with no verb (nor sentence break) before it.
 */
export function thatAhead(tokens: Token[], k: number): number {
  // Only across adverbials and names: "says at a campaign stop in Toledo, Ohio, that", "told
  // MSNBC's “Morning Joe” that" — not "responded then the same way that we must …".
  const first = tokens[k];
  if (!first) return -1;
  let quoted = 0;
  for (let j = k; j < tokens.length && j < k + 15; j++) {
    const u = tokens[j] as Token;
    if (u.inQuote) {
      if (++quoted > 5) return -1;
      continue;
    }
    if (u.text === ";" || u.text === ":" || u.text === "(") return -1;
    if (!u.word) continue;
    if (u.lower === "that") return j > k ? j : -1;
    // "told The Post and Courier newspaper … that": "and" inside a capitalised name.
    const inName = u.lower === "and" && tokens[j - 1]?.cap && tokens[j + 1]?.cap;
    if (!u.cap && !inName && (FINITE_CUES.has(u.lower) || SUBORDINATORS.has(u.lower))) return -1;
    // "said on his official Twitter feed that …": "feed" is a noun, not a past tense.
    if (!u.cap && /[a-z]ed$/.test(u.lower) && !EED_NOUNS.has(u.lower)) return -1;
  }
  return -1;
}

/**
 * "said in politics it takes time …", "said after the vote they would …": a short prepositional
 * phrase (no comma, no verb) before a pronoun subject with its verb opens the clause.
 */
function frontedAdverbial(tokens: Token[], k: number): boolean {
  for (let j = k + 2; j < tokens.length && j < k + 7; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.inQuote) return false;
    if (isPronounAuxiliary(t)) return true;
    if (PRONOUN_WORDS.has(t.lower) || t.lower === "there") return hasFiniteVerb(tokens, j);
    if (!t.cap && (FINITE_CUES.has(t.lower) || /[^e]ed$/.test(t.lower))) return false;
  }
  return false;
}

/** SOURCE CUE … CLAUSE: the clause after the cue, or -1. */
export function clauseAfter(tokens: Token[], v: number, lemma: string): number {
  const n = tokens.length;
  let k = v + 1;
  if (
    lemma === "tell" ||
    lemma === "remind" ||
    lemma === "assure" ||
    lemma === "warn" ||
    lemma === "inform" ||
    lemma === "ask" ||
    lemma === "urge"
  ) {
    // "asked whether …" has no object to skip.
    if (!QUESTION_WORDS.has(tokens[k]?.lower ?? "")) k = tellObjectEnd(tokens, k);
  }
  // "vowed to block the nominee, meaning that …": the promise's infinitive comes first.
  const promise = INFINITIVE_CUE_LEMMAS.has(lemma) && tokens[k]?.lower === "to";
  let thatAt = promise ? -1 : thatAhead(tokens, k);
  if (thatAt < 0 && !promise) thatAt = thatAfterAside(tokens, k);
  if (thatAt >= 0) k = thatAt;
  else k = skipAdverbials(tokens, k, 10);
  const u = tokens[k];
  if (!u || u.inQuote) return -1;
  if (u.lower === "that") {
    // "told reporters after the meeting that was held …": a relative "that". Right after the
    // cue it is the clause's own subject or its conjunction: "said that was not her view".
    const w = tokens[k + 1];
    if (!w) return -1;
    if (k > v + 1 && w.word && !w.cap && FINITE_CUES.has(w.lower)) return -1;
    return k === v + 1 && w.word && !w.cap && FINITE_CUES.has(w.lower) ? k : k + 1;
  }
  if (CONJUNCTIONS.has(u.lower)) return -1;
  if (BARE_FRAME_LEMMAS.has(lemma) && PREPOSITIONS.has(u.lower) && frontedAdverbial(tokens, k))
    return k;
  if (QUESTION_CUE_LEMMAS.has(lemma) && QUESTION_WORDS.has(u.lower)) return k;
  if (INFINITIVE_CUE_LEMMAS.has(lemma) && u.lower === "to") return k;
  if (!BARE_FRAME_LEMMAS.has(lemma) || SUBORDINATE_STARTS.has(u.lower)) return -1;
  // "are already confirming judges …": a progressive cue takes only a "that" clause.
  const cue = tokens[v] as Token;
  if (
    cue.lower.endsWith("ing") &&
    tokens[v - 1]?.text !== "," &&
    !afterGerundPreposition(tokens, v)
  )
    return -1;
  const gerund = !u.cap && u.lower.endsWith("ing") && hasVerb(tokens, k + 1, Math.min(n, k + 12));
  if (
    k + 1 < n &&
    (isClauseStart(u) || gerund) &&
    (hasFiniteVerb(tokens, k) || hasVerb(tokens, k + 1, Math.min(n, k + 30)))
  ) {
    // "said Shaw" / "said Tuesday" are not clauses.
    return k;
  }
  return -1;
}

/**
 * After a leading quote only a second cue opens a frame ('“…,” Trump said, adding that …',
 * '“…,” said X, who added that …'), never the quote's own attribution ('“…,” she told a crowd
 * of 1,300 here on Tuesday').
 */
export function secondCue(tokens: Token[], v: number): boolean {
  const t = tokens[v] as Token;
  let p = v - 1;
  while (p >= 0 && /^(also|later|then|further|again)$/.test((tokens[p] as Token).lower)) p--;
  const prev = tokens[p] as Token | undefined;
  if (!prev) return false;
  // "“…,” he added, while also saying that …", "“…,” X responded before adding that …".
  if (t.lower.endsWith("ing")) return prev.text === "," || afterGerundPreposition(tokens, p + 1);
  return /^(who|and)$/.test(prev.lower);
}

const AUXILIARIES = new Set(
  "is are was were has have had will would could can should must may might did does".split(" "),
);

/**
 * A content that is plainly a clause: after "that"/"whether"/"if", a pronoun with its auxiliary,
 * or an auxiliary within its first words ("the long-awaited album is …"); not "the Pentagon’s
 * support for …", whose "support" may be a verb elsewhere.
 */
export function clearClause(tokens: Token[], a: number): boolean {
  const first = tokens[a] as Token | undefined;
  if (!first) return false;
  if (/^(that|whether|if)$/.test(tokens[a - 1]?.lower ?? "")) return true;
  if (isPronounAuxiliary(first)) return true;
  for (let k = a + 1; k < tokens.length && k < a + 12; k++) {
    const t = tokens[k] as Token;
    if (t.text === "," || t.inQuote) return false;
    if (t.word && (AUXILIARIES.has(t.lower) || /n['’]t$/.test(t.lower))) return true;
  }
  return false;
}

/** Cues whose object and "of/for Z-ing" charge are a reported claim (see chargeAfter). */
export const CHARGE_PREPOSITION: Readonly<Record<string, string>> = {
  accuse: "of",
  criticize: "for",
  blast: "for",
  slam: "for",
  attack: "for",
  condemn: "for",
};

/**
 * "Sanders accused Republicans of placing the interests of the NRA ahead of children", "criticized
 * Obama for leaving the country in worse shape": an accusation is a checkable claim (that Y did
 * Z), so "Y of/for Z-ing …" is the content. Not the
 * passive "is accused of killing" or "accused by the news media of …", whose subject is the
 * accused.
 */
export function chargeAfter(tokens: Token[], v: number, prep: string): number {
  if (/^(is|was|were|are|be|been|being)$/.test(tokens[v - 1]?.lower ?? "")) return -1;
  if (tokens[v + 1]?.lower === "by") return -1;
  for (let k = v + 1; k < tokens.length && k < v + 9; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (t.text === "," || t.text === ";") return -1;
      continue;
    }
    if (t.lower !== prep) continue;
    const next = tokens[k + 1] as Token | undefined;
    return k > v + 1 && next?.word && !next.cap && next.lower.endsWith("ing") ? v + 1 : -1;
  }
  return -1;
}
