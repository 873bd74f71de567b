import type { DocumentModel, Mention, Sentence } from "./document-model";
import type { EntityRegistry } from "./entities";
import { WEEKDAYS } from "./lexicon/common-words";
import {
  BARE_CLAUSE_LEMMAS,
  REPORTING_LEMMAS,
  SPEECH_VERBS,
  TELL_OBJECTS,
} from "./lexicon/speech-verbs";
import {
  accordingToSpeaker,
  isSpeakerNoun,
  type SpeakerRef,
  speakerFromNounPhrase,
  speakerFromSubjectMention,
  subjectBefore,
} from "./resolve-speakers";
import type { Token } from "./tokenize";

export interface ReportedStatement {
  sentenceIndex: number;
  start: number;
  end: number;
  speaker: SpeakerRef;
}

/** Words allowed between a reporting verb and its "that": "said on Monday in a statement that". */
const ADVERBIAL = new Set(
  `on in at to during last this earlier later recently repeatedly publicly privately again also
previously a an the statement interview press conference briefing news speech post letter email week
month year night morning afternoon evening yesterday today his her their its social media video
hearing meeting forum call phone written court filing filings report x tuesday's frequently often
flatly strongly firmly emphatically with analysts investors reporters journalists time after before
shortly around about a.m. p.m. am pm noon midnight website blog online conference out back`
    .split(/\s+/)
    .filter(Boolean),
);

const CLAUSE_STARTERS = new Set(
  `the a an this these those he she it they we i there his her their its our no some all most many more
only every nobody nothing none both each any several few such if while although because when
whether`
    .split(/\s+/)
    .filter(Boolean),
);

const FINITE_CUES = new Set(
  `is are was were has have had will would could can should must may might did does do won't can't
isn't aren't wasn't weren't hasn't haven't doesn't didn't wouldn't couldn't shouldn't remains remain
needs need wants want makes make takes take goes go comes come seems seem gets get plans plan intends
intend costs cost works work includes include lacks lack knows know believes believe faces face poses
pose supports support opposes oppose means mean shows show began begun came went grew fell rose made
took gave got saw knew found left kept held brought bought sold paid spent lost won met ran sent built
thought felt put set cut hit let led fled broke chose drove fought hid hung lay read rode shot shut
spoke stood stole struck swore taught threw understood woke wore wrote became beat drew flew forgot
froze meant rang sank sat slept sought stuck swam swept tore withdrew overtook undertook told said`
    .split(/\s+/)
    .filter(Boolean),
);

/** A bare clause ("said the plan failed") needs a finite verb; "noting the necessity" has none. */
function hasFiniteVerb(tokens: Token[], a: number): boolean {
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

const INVERTED_LEMMAS = new Set(
  "say tell add note claim argue insist warn write explain state conclude estimate predict announce confirm maintain contend".split(
    " ",
  ),
);

function lemmaOf(t: Token): string | undefined {
  if (!t.word || t.inQuote || t.cap) return undefined;
  return SPEECH_VERBS.get(t.lower);
}

const NOT_CLAUSE_START = new Set(
  `to in on at by for with from about of into over after before during as than up out off back down
goodbye so yes no thanks hello will would could can should may might must is are was were has have had
do does did be been being not`
    .split(/\s+/)
    .filter(Boolean),
);

function isClauseStart(t: Token | undefined): boolean {
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

/** Sentence-initial connectives that may precede "according to": "But according to …". */
const LEADING_CONNECTIVES = new Set(
  "but and yet however still also so now and, meanwhile".split(" ").filter(Boolean),
);

/** True when only connectives (and commas) precede token `v`. */
function leadingWordsOnly(tokens: Token[], v: number): boolean {
  for (let k = 0; k < v; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (t.text === ",") continue;
      return false;
    }
    if (!LEADING_CONNECTIVES.has(t.lower)) return false;
  }
  return true;
}

const OBJECT_DETERMINERS = new Set("the a an his her their its our my this that".split(" "));

/**
 * One past the indirect object of "told": a pronoun or "reporters", capitalised names ("Fox
 * News", "the BBC"), or a determiner plus one noun ("the council", "a news conference"). Never
 * swallows the clause's own determiner: "told analysts the company would …".
 */
export function tellObjectEnd(tokens: Token[], k: number): number {
  const n = tokens.length;
  const first = tokens[k];
  if (!first?.word || first.inQuote || first.lower === "that") return k;
  if (OBJECT_DETERMINERS.has(first.lower)) {
    let j = k + 1;
    // "the BBC", "the Senate Finance Committee", "a news conference", "the full council"
    if (tokens[j]?.word && tokens[j]?.cap) {
      while (j < n && (tokens[j] as Token).word && (tokens[j] as Token).cap) j++;
      return j;
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
    return j;
  }
  // "local reporters", "reporters", "him"
  while (j < n && j < k + 2 && (tokens[j] as Token).word && !(tokens[j] as Token).inQuote) {
    const u = tokens[j] as Token;
    if (TELL_OBJECTS.has(u.lower) || isSpeakerNoun(u.lower)) return j + 1;
    j++;
  }
  return k;
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

function firstSubject(s: Sentence, to: number): Mention | undefined {
  for (const m of s.mentions) {
    if (m.tokenEnd > to) break;
    if (m.inQuote || m.possessive || m.prepositional) continue;
    if (m.entityId >= 0 || m.unknownWord) return m;
  }
  return undefined;
}

/** Index one past the clause that starts at token `a`. */
function clauseEnd(tokens: Token[], a: number): number {
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

function spanOf(input: string, tokens: Token[], a: number, b: number): [number, number] | null {
  if (b <= a) return null;
  let start = (tokens[a] as Token).start;
  let end = (tokens[b - 1] as Token).end;
  while (end > start && /[\s.,;:!—–-]/.test(input[end - 1] ?? "")) end--;
  while (start < end && /[\s,;:—–-]/.test(input[start] ?? "")) start++;
  return end > start ? [start, end] : null;
}

function wordCount(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if ((tokens[k] as Token).word) n++;
  return n;
}

function quotedShare(tokens: Token[], a: number, b: number): number {
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
        const { speaker, end: e } = accordingToSpeaker(model, registry, s, v, n);
        let clause: [number, number] | null = null;
        const prev = tokens[v - 1];
        if (leadingWordsOnly(tokens, v) && (tokens[e] as Token | undefined)?.text === ",") {
          // "According to X, CLAUSE" / "But according to X, CLAUSE"
          clause = [e + 1, clauseEnd(tokens, e + 1)];
        } else if (prev && prev.text === ",") {
          clause = [0, v - 1];
        } else if (prev && /^[”"’']$/.test(prev.text) && tokens[v - 2]?.text === ",") {
          // '… "to prevent danger," according to the code': the comma sits inside the quote.
          clause = [0, v];
        }
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
      while (k < n && steps < 9) {
        const u = tokens[k] as Token;
        if (u.inQuote) break;
        if (u.word && u.lower === "that") {
          clauseStart = k + 1;
          break;
        }
        if (
          (u.word &&
            (ADVERBIAL.has(u.lower) ||
              WEEKDAYS.has(u.lower) ||
              /ly$/.test(u.lower) ||
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
        const m = firstSubject(s, v);
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

function invertedReport(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
): ReportedStatement | null {
  const tokens = s.tokens;
  const n = tokens.length;
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
    speaker = speakerFromNounPhrase(model, registry, s, comma + 1, v);
  } else if (comma === v - 1) {
    // ", said Dr. Chen."
    let e = v + 1;
    while (e < n && (tokens[e] as Token).word) e++;
    if (n - e > 3) return null;
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
