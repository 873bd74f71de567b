import { accordingToSpeaker } from "./according-to.ts";
import {
  ADVERBIAL,
  clauseEnd,
  FINITE_CUES,
  hasFiniteVerb,
  INVERTED_LEMMAS,
  isClauseStart,
  lemmaOf,
  quotedShare,
  spanOf,
  tellObjectEnd,
  wordCount,
} from "./clause-parts.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { hasVerb, startsSubordinate } from "./frame-parts.ts";
import { pronounSourceBefore } from "./frame-speakers.ts";
import { WEEKDAYS } from "./lexicon/common-words.ts";
import { BARE_CLAUSE_LEMMAS, REPORTING_LEMMAS } from "./lexicon/speech-verbs.ts";
import { speakerFromNounPhrase } from "./noun-phrase-speakers.ts";
import { speakerFromSubjectMention, subjectBefore } from "./resolve-speakers.ts";
import { findFirstSubject, type SpeakerRef } from "./speaker-mentions.ts";
import { isSpeakerNoun } from "./speaker-nouns.ts";
import type { Token } from "./tokenize.ts";

export interface ReportedStatement {
  sentenceIndex: number;
  start: number;
  end: number;
  speaker: SpeakerRef;
}

/** Words after "…, according to X," that start no continuation of the clause ("who are …"). */
const RUNS_ON_NOT =
  /^(who|whom|whose|which|where|when|although|though|while|and|but|or|including|because|as|a|an|the|referring|[a-z]+ing)$/;

/** Sentence-initial connectives that may precede "according to": "But according to …". */
const LEADING_CONNECTIVES = new Set(
  "but and yet however still also so now and, meanwhile".split(" ").filter(Boolean),
);

/** True when only connectives (and commas) precede token `v`. */
function leadingWordsOnly(tokens: Token[], v: number): boolean {
  for (let k = 0; k < v; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      // "(According to the police, it does not keep statistics …)"
      if (t.text === "," || (t.text === "(" && k === 0)) continue;
      return false;
    }
    if (!LEADING_CONNECTIVES.has(t.lower)) return false;
  }
  return true;
}

/**
 * "The ministry denied that, saying …", "Organisers of the festival defended …, saying …": with
 * no named subject, a speaker noun opening the sentence (after at most one determiner).
 */
function initialSpeakerNoun(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
): SpeakerRef | null {
  const tokens = s.tokens;
  for (let h = 0; h < 3 && h < tokens.length; h++) {
    const t = tokens[h] as Token;
    if (!t.word || t.inQuote) return null;
    if (isSpeakerNoun(t.lower)) return speakerFromNounPhrase(model, registry, s, 0, h + 1);
    if (h > 0 || !["the", "a", "an", "some", "many"].includes(t.lower)) return null;
  }
  return null;
}

/** The first comma at or after token `k` (within `limit` tokens, outside quotes), or -1. */
function commaAfter(tokens: Token[], k: number, limit: number): number {
  for (let j = k; j < tokens.length && j < k + limit; j++) {
    const t = tokens[j] as Token;
    if (t.inQuote) return -1;
    if (t.text === ",") return j;
  }
  return -1;
}

/** A cited source as a phrase, cut before a relative clause or comma: "three television networks". */
function sourcePhrase(input: string, tokens: Token[], a: number, b: number): SpeakerRef | null {
  let end = a;
  const stop = b < 0 ? tokens.length : b;
  while (end < stop && end < a + 10) {
    const t = tokens[end] as Token;
    if (!t.word || t.inQuote || ["who", "that", "which", "with"].includes(t.lower)) break;
    end++;
  }
  let start = a;
  while (start < end && ["the", "a", "an"].includes((tokens[start] as Token).lower)) start++;
  if (end - start < 1) return null;
  return {
    entityId: -1,
    name: input.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end),
    role: null,
  };
}

/**
 * Finds reported speech: "X said/claimed/argued … that CLAUSE", "told reporters CLAUSE",
 * "according to X, CLAUSE", "CLAUSE, according to X" and "CLAUSE, X said." (no quote marks).
 * The clause is the statement; its speaker must be a person, organisation or resolvable pronoun.
 */
export function findReportedSpeech(
  model: DocumentModel,
  registry: EntityRegistry,
  skipSentences: ReadonlySet<number>,
): ReportedStatement[] {
  const out: ReportedStatement[] = [];
  const input = model.input;
  for (const s of model.sentences) {
    if (skipSentences.has(s.index)) continue;
    const tokens = s.tokens;
    const n = tokens.length;
    let v = 0;
    while (v < n) {
      const t = tokens[v] as Token;
      // according to X
      if (
        t.word &&
        !t.inQuote &&
        t.lower === "according" &&
        (tokens[v + 1] as Token | undefined)?.lower === "to"
      ) {
        const found = accordingToSpeaker(model, registry, s, v, n);
        const e = found.end;
        let speaker = found.speaker;
        let clause: [number, number] | null = null;
        const prev = tokens[v - 1];
        const initial = leadingWordsOnly(tokens, v);
        const comma = initial ? commaAfter(tokens, e, 30) : -1;
        if (initial && (tokens[e] as Token | undefined)?.text === ",") {
          // "According to X, CLAUSE" / "But according to X, CLAUSE"
          clause = [e + 1, clauseEnd(tokens, e + 1)];
        } else if (initial && comma > 0) {
          // "According to early results of exit polls conducted by Edison Research for …, CLAUSE"
          clause = [comma + 1, clauseEnd(tokens, comma + 1)];
        } else if (prev && prev.text === ",") {
          // "Among the precedents at risk, according to Ms. Epstein, are 16 involving …": the
          // attribution sits inside the clause, which runs on after it.
          // "Since last November, according to X, the forces have killed …": an opening with no
          // verb of its own is part of the clause after the attribution.
          const opening = !hasVerb(tokens, 0, v - 1);
          const next = tokens[e + 1]?.lower ?? "";
          const inside =
            (tokens[e] as Token | undefined)?.text === "," &&
            (!RUNS_ON_NOT.test(next) || (opening && /^(a|an|the)$/.test(next))) &&
            wordCount(tokens, e + 1, n) >= 3 &&
            (!startsSubordinate(tokens) || opening) &&
            hasVerb(tokens, e + 1, n);
          clause = inside ? [0, n] : [0, v - 1];
        } else if (prev && /^[”"’']$/.test(prev.text) && tokens[v - 2]?.text === ",") {
          // '… "to prevent danger," according to the code': the comma sits inside the quote.
          clause = [0, v];
        }
        // "according to Ukrainian politicians and officials who worked with him": the phrase.
        if (!speaker && clause) speaker = sourcePhrase(input, tokens, v + 2, initial ? comma : n);
        if (
          speaker &&
          clause &&
          wordCount(tokens, clause[0], clause[1]) >= 3 &&
          quotedShare(tokens, clause[0], clause[1]) < 0.6
        ) {
          const span = spanOf(input, tokens, clause[0], clause[1]);
          if (span) out.push({ sentenceIndex: s.index, start: span[0], end: span[1], speaker });
        }
        v = Math.max(e, v + 2);
        continue;
      }
      const lemma = lemmaOf(t);
      if (!lemma || !REPORTING_LEMMAS.has(lemma)) {
        v++;
        continue;
      }
      // Find the clause.
      let k = v + 1;
      let clauseStart = -1;
      if (lemma === "tell" || lemma === "remind" || lemma === "assure" || lemma === "warn") {
        k = tellObjectEnd(tokens, k);
        // "told the planning board on Monday that …", "told jurors that …"
        for (let j = k; j < n && j < v + 9; j++) {
          const u = tokens[j] as Token;
          if (!u.word || u.inQuote) break;
          if (u.lower === "that") {
            k = j;
            break;
          }
        }
      }
      const afterObject = k;
      let steps = 0;
      while (k < n && steps < 12) {
        const u = tokens[k] as Token;
        if (u.inQuote) break;
        if (u.word && u.lower === "that") {
          // "told reporters after the meeting that was held …": a relative "that".
          const w = tokens[k + 1];
          const relative = w?.word && !w.cap && FINITE_CUES.has(w.lower);
          if (relative && k > v + 1) break;
          // "said that was not her view": "that" is the clause's subject.
          clauseStart = relative ? k : k + 1;
          break;
        }
        if (
          (u.word &&
            (ADVERBIAL.has(u.lower) ||
              WEEKDAYS.has(u.lower) ||
              /ly$/.test(u.lower) ||
              // "said in an interview with The Associated Press last week that …"
              (u.cap && steps > 1 && ADVERBIAL.has((tokens[k - 1] as Token).lower)) ||
              (u.cap && steps > 2 && (tokens[k - 1] as Token).cap) ||
              (u.numeric && steps > 0))) ||
          u.text === ","
        ) {
          k++;
          steps++;
          continue;
        }
        break;
      }
      if (clauseStart < 0 && BARE_CLAUSE_LEMMAS.has(lemma) && isClauseStart(tokens[afterObject])) {
        const first = tokens[afterObject] as Token;
        // "said Shaw" is an attribution, not a clause.
        const isName = s.mentions.some((m) => m.tokenStart === afterObject && m.kind === "name");
        const nextIsVerbish = isName && tokens[afterObject + 1]?.text === ",";
        if (
          !(
            isName &&
            (afterObject + 1 >= n || !(tokens[afterObject + 1] as Token).word || nextIsVerbish)
          ) &&
          !first.inQuote &&
          hasFiniteVerb(tokens, afterObject)
        ) {
          clauseStart = afterObject;
        }
      }
      if (clauseStart < 0) {
        // "CLAUSE, the minister said." / "CLAUSE, said the minister."
        const inv =
          INVERTED_LEMMAS.has(lemma) && !t.lower.endsWith("ing")
            ? invertedReport(model, registry, s, v)
            : null;
        if (inv) out.push(inv);
        v++;
        continue;
      }
      const end = clauseEnd(tokens, clauseStart);
      const startTok = tokens[clauseStart];
      if (
        !startTok ||
        startTok.inQuote ||
        /^[“"‘'«]$/.test(startTok.text) ||
        wordCount(tokens, clauseStart, end) < 3 ||
        wordCount(tokens, clauseStart, end) * (1 - quotedShare(tokens, clauseStart, end)) < 2
      ) {
        v++;
        continue;
      }
      let speaker: SpeakerRef | null = null;
      if (t.lower.endsWith("ing") && v > 0 && (tokens[v - 1] as Token).text === ",") {
        const m = findFirstSubject(s, v);
        if (m) speaker = speakerFromSubjectMention(model, registry, s, m);
        else speaker = initialSpeakerNoun(model, registry, s);
      } else {
        speaker = subjectBefore(model, registry, s, v);
      }
      if (!speaker) {
        v++;
        continue;
      }
      const span = spanOf(input, tokens, clauseStart, end);
      if (span) out.push({ sentenceIndex: s.index, start: span[0], end: span[1], speaker });
      v = end;
    }
  }
  return out;
}

/** A name right at token k ("…, said Jeffrey N. Trimble, a …"). */
function speakerNamedAt(s: Sentence, k: number): boolean {
  return s.mentions.some((m) => m.tokenStart === k && m.kind === "name" && !m.inQuote);
}

const NOT_BEFORE_INVERTED = new Set(
  "the a an this that these those his her their its our of in on for to by with from".split(" "),
);

function invertedReport(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
): ReportedStatement | null {
  const tokens = s.tokens;
  const n = tokens.length;
  // "Patriot failed as predicted": not an attribution. "But when Congress cut funding …, Mexico
  // said enough.", "In her 2003 book, Living History, Clinton noted …": no reported clause.
  if ((tokens[v - 1] as Token | undefined)?.lower === "as" || startsSubordinate(tokens))
    return null;
  // "took all of the state’s 66 delegates", "won the state easily": a noun, not a cue.
  const before = tokens[v - 1] as Token | undefined;
  if ((tokens[v] as Token).possessive || (before?.word && NOT_BEFORE_INVERTED.has(before.lower)))
    return null;
  if (!hasVerb(tokens, 0, v)) return null;
  // Only adverbials may follow the verb up to the sentence end.
  let trailing = 0;
  for (let k = v + 1; k < n; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote) return null;
    if (t.word) trailing++;
    if (t.word && t.lower === "that") return null;
  }
  let comma = -1;
  for (let k = v - 1; k >= 0 && v - k <= 10; k--) {
    const t = tokens[k] as Token;
    if (t.inQuote) return null;
    if (t.text === ",") {
      comma = k;
      break;
    }
  }
  let speaker: SpeakerRef | null = null;
  // "The extra staff, she said, were hired to handle permits." / "Local threats, she says, are
  // now the bigger worry": a parenthetical attribution; the statement is the whole sentence.
  const parenthetical =
    comma >= 1 &&
    comma < v - 1 &&
    v - comma <= 4 &&
    (tokens[v + 1] as Token | undefined)?.text === "," &&
    wordCount(tokens, v + 2, n) >= 3;
  if (parenthetical) {
    speaker = speakerFromNounPhrase(model, registry, s, comma + 1, v);
    if (!speaker || (speaker.entityId < 0 && speaker.name.split(/\s+/).length > 3)) return null;
    if (wordCount(tokens, 0, n) < 7) return null;
    for (let k = 0; k < n; k++) if (/^[“"‘'«”]$/.test((tokens[k] as Token).text)) return null;
    // "…, the Coast Guard said, and the buyer will …": the attribution covers the first clause.
    const next = (tokens[v + 2] as Token | undefined)?.lower;
    const to = next === "and" || next === "but" ? comma : n;
    if (wordCount(tokens, 0, to) < 4) return null;
    const span = spanOf(model.input, tokens, 0, to);
    return span ? { sentenceIndex: s.index, start: span[0], end: span[1], speaker } : null;
  }
  if (comma >= 0 && comma < v - 1) {
    if (trailing > 6) return null;
    speaker =
      pronounSourceBefore(model, registry, s, comma + 1, v) ??
      speakerFromNounPhrase(model, registry, s, comma + 1, v);
  } else if (comma === v - 1) {
    // ", said Dr. Chen."
    let e = v + 1;
    while (e < n && (tokens[e] as Token).word) e++;
    if (n - e > 3) return null;
    // "Mike Shields, president of …, said nearly every conversation he has had … centers on …":
    // a clause after the cue is the report, not its source (the frame pass reads it).
    if (hasVerb(tokens, v + 1, e) && !speakerNamedAt(s, v + 1)) return null;
    speaker = speakerFromNounPhrase(model, registry, s, v + 1, e);
  } else return null;
  if (!speaker) return null;
  if (speaker.entityId < 0 && speaker.name.split(/\s+/).length > 3) return null;
  if (wordCount(tokens, 0, comma) < 4 || quotedShare(tokens, 0, comma) > 0.2) return null;
  for (let k = 0; k < comma; k++) if (/^[“"‘'«”]$/.test((tokens[k] as Token).text)) return null;
  const span = spanOf(model.input, tokens, 0, comma);
  if (!span) return null;
  return { sentenceIndex: s.index, start: span[0], end: span[1], speaker };
}
