import {
  ADVERBIAL,
  clauseEnd,
  FINITE_CUES,
  hasFiniteVerb,
  isClauseStart,
  spanOf,
  tellObjectEnd,
  wordCount,
} from "./clause-parts";
import type { DocumentModel, Mention, Sentence } from "./document-model";
import type { EntityRegistry } from "./entities";
import { WEEKDAYS } from "./lexicon/common-words";
import {
  FRAME_CUE_LEMMAS,
  INFINITIVE_CUE_LEMMAS,
  MIXED_ONLY_FORMS,
  QUESTION_CUE_LEMMAS,
} from "./lexicon/cues";
import { SPEECH_VERBS } from "./lexicon/speech-verbs";
import {
  isSkippable,
  isSpeakerNoun,
  PARTY_TAG,
  SOURCE_NOUNS,
  type SpeakerRef,
  speakerFromMention,
  speakerFromNounPhrase,
  subjectBefore,
} from "./resolve-speakers";
import type { Token } from "./tokenize";

/**
 * A second, broader pass for reported and mixed speech, for sentences the strict pass left
 * alone. Frames (grown from what PolNeAR train shows; see docs/decisions/008):
 *   SOURCE CUE [object] [adverbials] [that|whether|to] CLAUSE   "critics say resources could …"
 *   CLAUSE, SOURCE CUE [adverbials].                           "…, a source said."
 *   CLAUSE, CUE SOURCE[, appositive].                          "…, said Jeffrey N. Trimble, a …"
 *   X, SOURCE CUE, Y.                                          "The museum, Mr. Obama said, would …"
 * The source may be a name, a pronoun, a relative pronoun or a description ("one slide",
 * "restructuring experts"): a description becomes a phrase speaker. Quoted words may sit inside
 * the clause (the statement is then "mixed"); a clause that is nothing but a quotation is left
 * to the quote pass.
 */
export interface FrameStatement {
  sentenceIndex: number;
  start: number;
  end: number;
  speaker: SpeakerRef | null;
  cue: string;
}

const MAX_SOURCE_TOKENS = 40;

/** Cue forms that are also nouns ("Twenty-seven states", "the reports"): need a clear frame. */
const NOUN_LIKE = new Set(
  `states reports notes claims posts answers comments estimates counters tweets promises pledges
remarks charges reveals vows warns repeats concludes observes replies jokes laments state report
post answer comment estimate counter tweet promise pledge charge remark note claim`
    .split(/\s+/)
    .filter(Boolean),
);
const NOT_BEFORE_CUE = new Set(
  "the a an this that these those his her their its our my your of in on for to with by from and or as having what".split(
    " ",
  ),
);

function cueLemma(tokens: Token[], v: number): string | undefined {
  const t = tokens[v] as Token;
  if (!t.word || t.inQuote || t.cap) return undefined;
  const known = SPEECH_VERBS.get(t.lower);
  const l = known && FRAME_CUE_LEMMAS.has(known) ? known : MIXED_ONLY_FORMS.get(t.lower);
  if (!l) return undefined;
  const prev = tokens[v - 1];
  if (prev?.word && (NOT_BEFORE_CUE.has(prev.lower) || prev.numeric)) {
    // "the reported deal", "of said", "Twenty-seven states": not a verb of saying here.
    if (!(prev.lower === "and" && !NOUN_LIKE.has(t.lower))) return undefined;
  }
  if (NOUN_LIKE.has(t.lower) && (tokens[v + 1] as Token | undefined)?.lower !== "that")
    return undefined;
  return l;
}

/** Verbs that invert with their source: "…, said the minister." */
const INVERTING = new Set(
  `say add write ask explain note argue insist warn continue recall tweet reply respond answer
conclude predict state claim observe remark joke tell`.split(/\s+/),
);

/** A clause needs a verb: "At a rally Friday in Coral Springs" is not one. */
function hasVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    // "he’s", "it's", "there's": the tokenizer keeps "’s" as a possessive ending.
    if (t.possessive && /^(he|she|it|that|there|what|who|here)$/.test(t.lower)) return true;
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

const CONJUNCTIONS = new Set("and but or so nor then yet including led with from by as".split(" "));

const PREPOSITIONS = new Set("in on at during to with after before via".split(" "));
const DETERMINER_WORDS = new Set("a an the this his her their its".split(" "));
/** Lemmas whose content may follow without "that" in this pass. */
const BARE_FRAME_LEMMAS = new Set(
  `say tell claim argue insist warn add write predict contend allege acknowledge admit note testify
suggest assert confirm announce explain concede`.split(/\s+/),
);
const SUBORDINATE_STARTS = new Set(
  "when while after before until as since because if although though unless once whereas".split(
    " ",
  ),
);
const QUESTION_WORDS = new Set("whether if why how what when where who which".split(" "));
const SUBORDINATORS = new Set(
  "that which who whom whose because while as when if although though since but and where".split(
    " ",
  ),
);
const DETS = new Set(
  "the a an this that these those his her their its our some many but and yet so still however also about nearly almost only just roughly".split(
    " ",
  ),
);
const PRONOUN_WORDS = new Set("he she they it we i".split(" "));

/** Index past adverbials after a cue: "on Tuesday", "in a statement", "in an interview with CNN". */
function skipAdverbials(tokens: Token[], k: number, limit: number): number {
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

/** Where the source phrase before the cue at `v` starts (after a boundary). */
function sourceStart(tokens: Token[], v: number): number {
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
    if (t.word && SUBORDINATORS.has(t.lower) && !t.cap)
      return t.lower === "who" || t.lower === "which" || t.lower === "whom" ? j : j + 1;
    if (t.text === ",") {
      // ", chairman of the …," appositive: keep walking when a name sits before it.
      return j + 1;
    }
    if (j === 0) return 0;
  }
  return Math.max(0, v - MAX_SOURCE_TOKENS);
}

function mentionAt(s: Sentence, k: number): Mention | undefined {
  for (const m of s.mentions) if (m.tokenStart <= k && k < m.tokenEnd && !m.inQuote) return m;
  return undefined;
}

/** Heads of descriptions that speak in news text, beyond the role and group lexicons. */
const PHRASE_HEADS = new Set(
  `critics experts analysts sources source aides advisers advisors officials supporters opponents
democrats republicans voters slide campaign ad ads observers insiders allies rivals strategists
economists scholars lawmakers legislators organizers activists advocates residents witnesses
investigators prosecutors authorities leaders members people others many some several most percent
respondents surveyed polled interviewed majority half third quarter plurality friend friends person
relatives family neighbors colleagues staff aides confidants backers fund group panel board council
commission center institute paper newspaper network magazine website outlet analysis article book
video memo letter statement tweet post agency office department committee`.split(/\s+/),
);

/** A description used as a speaker: "restructuring experts", "one slide", "many of whom". */
function phraseSpeaker(
  model: DocumentModel,
  tokens: Token[],
  a: number,
  b: number,
): SpeakerRef | null {
  let start = a;
  while (start < b && (!(tokens[start] as Token).word || DETS.has((tokens[start] as Token).lower)))
    start++;
  let end = b;
  // "Health officials on Thursday": the time adverbial is not part of who spoke.
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k] as Token;
    const nx = tokens[k + 1] as Token | undefined;
    if (
      [
        "on",
        "in",
        "at",
        "during",
        "last",
        "this",
        "earlier",
        "later",
        "yesterday",
        "today",
      ].includes(t.lower) &&
      (!nx || k + 1 >= end || WEEKDAYS.has(nx.lower) || ADVERBIAL.has(nx.lower) || nx.numeric)
    ) {
      end = k;
      break;
    }
  }
  while (end > start && !(tokens[end - 1] as Token).word) end--;
  if (end <= start || wordCount(tokens, start, end) > 8) return null;
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote) return null;
    if (t.word && !t.cap && /^(is|are|was|were|has|have|had|will|would|can|could)$/.test(t.lower))
      return null;
  }
  const name = model.input.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end);
  if (PRONOUN_WORDS.has(name.toLowerCase())) return null;
  // A speaker-like head: "critics", "restructuring experts", "one slide", "the letter" — not
  // "Hegseth's comments" (what someone said is not who said it).
  let head = end - 1;
  for (let k = start; k < end; k++) {
    const w = (tokens[k] as Token).lower;
    if (["of", "for", "at", "in", "from", "on", "with", "and", "who"].includes(w)) {
      head = k - 1;
      break;
    }
  }
  const h = tokens[head] as Token | undefined;
  if (!h?.word) return null;
  if (!isSpeakerNoun(h.lower) && !SOURCE_NOUNS.has(h.lower) && !PHRASE_HEADS.has(h.lower) && !h.cap)
    return null;
  if ((tokens[start] as Token).possessive && !isSpeakerNoun(h.lower)) return null;
  return { entityId: -1, name, role: null };
}

/** Speaker for tokens a..b that name who spoke, with an appositive role when given. */
function sourceSpeaker(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  a: number,
  b: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  let start = a;
  while (start < b && !(tokens[start] as Token).word) start++;
  if (start >= b) return null;
  // "who"/"whom"/"many of whom": the noun phrase before the relative pronoun.
  const first = tokens[start] as Token;
  if (first.lower === "who" || first.lower === "whom" || first.lower === "which") {
    let j = start - 1;
    if ((tokens[j] as Token | undefined)?.text === ",") j--;
    const m = j >= 0 ? mentionAt(s, j) : undefined;
    if (m) return speakerFromMention(registry, m, model);
    return null;
  }
  // Name first, then an appositive ("Rep. Gregory W. Meeks (D-N.Y.), chairman of …,").
  const m = mentionAt(s, start);
  if (m && m.tokenStart === start && !m.possessive) {
    const after = tokens[m.tokenEnd];
    if (!after || after.text === "," || after.text === "(" || m.tokenEnd >= b) {
      const ref = speakerFromMention(registry, m, model);
      if (ref) {
        const role = appositiveText(model, tokens, m.tokenEnd, b);
        if (role && ref.entityId >= 0) {
          const e = registry.get(ref.entityId);
          if (e && !e.role) e.role = role;
          return { ...ref, role: e?.role ?? role };
        }
        return ref;
      }
    }
  }
  const ref = speakerFromNounPhrase(model, registry, s, start, b);
  if (ref) return ref;
  return phraseSpeaker(model, tokens, start, b);
}

/** ", chairman of the Congressional Black Caucus PAC," → the role text (no party tags). */
function appositiveText(
  model: DocumentModel,
  tokens: Token[],
  k: number,
  b: number,
): string | null {
  let j = k;
  if ((tokens[j] as Token | undefined)?.text === "(") {
    while (j < b && (tokens[j] as Token).text !== ")") j++;
    j++;
  }
  if ((tokens[j] as Token | undefined)?.text !== ",") return null;
  let e = j + 1;
  while (e < b && (tokens[e] as Token).text !== "," && (tokens[e] as Token).text !== "(") e++;
  if (e <= j + 1) return null;
  const text = model.input.slice((tokens[j + 1] as Token).start, (tokens[e - 1] as Token).end);
  if (PARTY_TAG.test(text) || text.split(/\s+/).length > 14) return null;
  return text.replace(/^(the|a|an)\s+/i, "");
}

function hasQuoteMark(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (/^[“”"]$/.test((tokens[k] as Token).text)) return true;
  return false;
}

/** "If …, it's …", "When the poll asked …", "But when Congress …": an adverbial clause. */
function startsSubordinate(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length && k < 3; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    if (SUBORDINATE_STARTS.has(t.lower)) return true;
    if (!["but", "and", "yet", "so"].includes(t.lower)) return false;
  }
  return false;
}

function quotedWords(tokens: Token[], a: number, b: number): number {
  let q = 0;
  for (let k = a; k < b; k++) if ((tokens[k] as Token).word && (tokens[k] as Token).inQuote) q++;
  return q;
}

function contentOk(tokens: Token[], a: number, b: number): boolean {
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

/**
 * "says at a campaign stop in Toledo, Ohio, that …", "told MSNBC's “Morning Joe” that …": a
 * "that" within a few words, with no verb (nor sentence break) before it.
 */
function thatAhead(tokens: Token[], k: number): number {
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
    if (!u.cap && (FINITE_CUES.has(u.lower) || SUBORDINATORS.has(u.lower))) return -1;
    if (!u.cap && /[a-z]ed$/.test(u.lower)) return -1;
  }
  return -1;
}

/** SOURCE CUE … CLAUSE: the clause after the cue, or -1. */
function clauseAfter(tokens: Token[], v: number, lemma: string): number {
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
  )
    k = tellObjectEnd(tokens, k);
  const thatAt = thatAhead(tokens, k);
  if (thatAt >= 0) k = thatAt;
  else k = skipAdverbials(tokens, k, 10);
  const u = tokens[k];
  if (!u || u.inQuote) return -1;
  if (u.lower === "that") {
    // "told reporters after the meeting that was held …": a relative "that".
    const w = tokens[k + 1];
    if (!w || (w.word && !w.cap && FINITE_CUES.has(w.lower))) return -1;
    return k + 1;
  }
  if (CONJUNCTIONS.has(u.lower)) return -1;
  if (QUESTION_CUE_LEMMAS.has(lemma) && QUESTION_WORDS.has(u.lower)) return k;
  if (INFINITIVE_CUE_LEMMAS.has(lemma) && u.lower === "to") return k;
  if (!BARE_FRAME_LEMMAS.has(lemma) || SUBORDINATE_STARTS.has(u.lower)) return -1;
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
 * Finds reported and mixed speech in the sentences `accept` lets through. Linear: each
 * sentence is walked once per cue, every look-back is bounded by MAX_SOURCE_TOKENS.
 */
export function findSpeechFrames(
  model: DocumentModel,
  registry: EntityRegistry,
  accept: (s: Sentence) => boolean,
): FrameStatement[] {
  const out: FrameStatement[] = [];
  const input = model.input;
  for (const s of model.sentences) {
    if (!accept(s)) continue;
    const tokens = s.tokens;
    const n = tokens.length;
    for (let v = 0; v < n; v++) {
      const lemma = cueLemma(tokens, v);
      if (!lemma) continue;
      const found =
        (FRAME_CUE_LEMMAS.has(lemma) ? inverted(model, registry, s, v) : null) ??
        forward(model, registry, s, v, lemma);
      if (found) {
        const span = spanOf(input, tokens, found.a, found.b);
        if (span)
          out.push({
            sentenceIndex: s.index,
            start: span[0],
            end: span[1],
            speaker: found.speaker,
            cue: cueText(input, tokens, v),
          });
        break;
      }
    }
  }
  return out;
}

interface Found {
  a: number;
  b: number;
  speaker: SpeakerRef | null;
}

function cueText(input: string, tokens: Token[], v: number): string {
  const t = tokens[v] as Token;
  // "said in a statement", "said in an interview"
  const rest = input.slice(t.end, t.end + 24);
  const m = /^,? in (a|an) (statement|interview|email|letter|tweet|post|speech|op-ed)\b/.exec(rest);
  return m ? input.slice(t.start, t.end + m[0].length) : t.text;
}

/** CLAUSE, SOURCE CUE [adverbials]. / CLAUSE, CUE SOURCE. / X, SOURCE CUE, Y. */
function inverted(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
): Found | null {
  const tokens = s.tokens;
  const n = tokens.length;
  if (v === 0 || (tokens[v] as Token).lower.endsWith("ing")) return null;
  let end = n;
  while (end > v + 1 && !(tokens[end - 1] as Token).word) end--;
  const prev = tokens[v - 1] as Token;
  const lemma = SPEECH_VERBS.get((tokens[v] as Token).lower) ?? "";
  if (prev.text === ",") {
    if (!INVERTING.has(lemma)) return null;
    const first = tokens[v + 1] as Token | undefined;
    if (
      !first?.word ||
      (!first.cap && !DETERMINER_WORDS.has(first.lower) && !PRONOUN_WORDS.has(first.lower))
    )
      return null;
    // ", said Jeffrey N. Trimble, a senior official …"
    if (v - 1 < 1) return null;
    let e = v + 1;
    while (e < n && (tokens[e] as Token).word && !PREPOSITIONS.has((tokens[e] as Token).lower)) e++;
    if (e === v + 1) return null;
    const speaker = sourceSpeaker(model, registry, s, v + 1, n);
    if (!speaker) return null;
    if (!contentOk(tokens, 0, v - 1) || !hasVerb(tokens, 0, v - 1) || startsSubordinate(tokens))
      return null;
    return { a: 0, b: v - 1, speaker };
  }
  // SOURCE CUE at the end, or followed by ", Y" (parenthetical).
  const after = skipAdverbials(tokens, v + 1, 12);
  const tail = after >= end;
  // "…, the agency said in a June report, and …": the adverbials end at a comma.
  const parenthetical =
    !tail &&
    ((tokens[after] as Token | undefined)?.text === "," ||
      (tokens[after - 1] as Token | undefined)?.text === ",");
  if (!tail && !parenthetical) return null;
  for (let k = v + 1; k < n; k++) if ((tokens[k] as Token).inQuote) return null;
  const a = sourceStart(tokens, v);
  if (a < 2 || (tokens[a - 1] as Token).text !== ",") return null;
  let comma = a - 1;
  let speaker = sourceSpeaker(model, registry, s, a, v);
  const first = tokens[a] as Token;
  // "…, Benjamin J. Rhodes, one of the president's closest aides, said.": the name before.
  const named = mentionAt(s, a - 2);
  if (named && named.kind === "name" && !first.cap && named.tokenEnd === a - 1) {
    if (named.tokenStart === 0) return null;
    if ((tokens[named.tokenStart - 1] as Token).text === ",") {
      const ref = sourceSpeaker(model, registry, s, named.tokenStart, v);
      if (ref && ref.entityId >= 0) {
        speaker = ref;
        comma = named.tokenStart - 1;
      }
    }
  } else if (!speaker || (speaker.entityId < 0 && !first.cap)) {
    // "…, Rep. X (D-N.Y.), chairman of …, said": the name one comma further back.
    for (let k = a - 2; k > 0 && a - k < MAX_SOURCE_TOKENS; k--) {
      const u = tokens[k] as Token;
      if (u.inQuote) break;
      if (u.text !== ",") continue;
      const m = mentionAt(s, k + 1);
      if (m && m.tokenStart === k + 1 && m.kind === "name") {
        const named = sourceSpeaker(model, registry, s, k + 1, v);
        if (named && named.entityId >= 0) {
          speaker = named;
          comma = k;
        }
      }
      break;
    }
  }
  if (!speaker) return null;
  if (startsSubordinate(tokens)) return null;
  if (tail && !hasVerb(tokens, 0, comma)) return null;
  if (!tail && !hasVerb(tokens, 0, n)) return null;
  if (tail) {
    if (!contentOk(tokens, 0, comma)) return null;
    return { a: 0, b: comma, speaker };
  }
  // Parenthetical: the whole sentence is the report.
  if (wordCount(tokens, 0, comma) < 1 || wordCount(tokens, after, n) < 3) return null;
  if (!contentOk(tokens, 0, n)) return null;
  let w = after;
  while (w < n && !(tokens[w] as Token).word) w++;
  const next = (tokens[w] as Token | undefined)?.lower;
  if (next === "since" || next === "because" || next === "as" || next === "and" || next === "but") {
    if (!contentOk(tokens, 0, comma)) return null;
    return { a: 0, b: comma, speaker };
  }
  return { a: 0, b: n, speaker };
}

/** SOURCE CUE [that] CLAUSE. */
function forward(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
  lemma: string,
): Found | null {
  const tokens = s.tokens;
  const mixedOnly = !FRAME_CUE_LEMMAS.has(lemma);
  let c = mixedOnly ? -1 : clauseAfter(tokens, v, lemma);
  if (c < 0) {
    // "Clinton called half of Donald Trump's supporters “deplorables.”": a complement with
    // quoted words inside is mixed speech even without a clause.
    const e = clauseEnd(tokens, v + 1);
    // A verb of saying with an object needs a real quotation in it ("disclosed details of a
    // “lengthy” call" is narration with a scare quote); "called …" needs only a word.
    const need = mixedOnly ? 1 : 3;
    if (e - (v + 1) < 3 || !hasQuoteMark(tokens, v + 1, e) || quotedWords(tokens, v + 1, e) < need)
      return null;
    c = v + 1;
  }
  const end = clauseEnd(tokens, c);
  if (!contentOk(tokens, c, end)) return null;
  let speaker: SpeakerRef | null = null;
  const t = tokens[v] as Token;
  if (t.lower.endsWith("ing") && (tokens[v - 1] as Token | undefined)?.text === ",") {
    // "…, saying that …": the sentence's subject.
    speaker = subjectBefore(model, registry, s, v) ?? firstSubjectSpeaker(model, registry, s, v);
  } else {
    speaker = subjectBefore(model, registry, s, v);
    if (!speaker && !t.lower.endsWith("ing")) {
      const a = sourceStart(tokens, v);
      if ((tokens[a - 1] as Token | undefined)?.lower === "what") return null;
      let b = v;
      while (b > a && isSkippable(tokens[b - 1] as Token)) b--;
      // "Vice President Joseph R. Biden Jr., who was to travel to …, said": the first subject.
      if (b <= a) speaker = firstSubjectSpeaker(model, registry, s, v);
      else speaker = sourceSpeaker(model, registry, s, a, b);
    }
  }
  if (!speaker) {
    // "It says the campaign violated …": an unresolved pronoun still marks reported speech.
    const p = tokens[v - 1];
    if (!p?.word || !PRONOUN_WORDS.has(p.lower) || t.lower.endsWith("ing")) return null;
  }
  return { a: c, b: end, speaker };
}

function firstSubjectSpeaker(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
): SpeakerRef | null {
  for (const m of s.mentions) {
    if (m.tokenEnd > v) break;
    if (m.inQuote || m.possessive || m.prepositional) continue;
    const r = speakerFromMention(registry, m, model);
    if (r) return r;
  }
  return null;
}

export { hasQuoteMark };
