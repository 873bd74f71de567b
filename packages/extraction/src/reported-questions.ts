/**
 * Reported questions: who asked what. "Scarborough asked Clinton if Trump benefits from …",
 * "Asked whether schools might close, she was blunt", "The senator was asked why the bill had
 * stalled", "When asked by a reporter whether the plan would raise taxes, Trump said no". A
 * question is an attribution the desk records (kind `question`), never a claim to check
 * (docs/decisions/025, session 28). The shapes were grown from PolNeAR train misses (cue
 * "asked", content "whether/if/why/how/what … "); no corpus text is kept here.
 *
 * The content is the question from its question word ("whether …", "if …", "which …"). A topic
 * ("asked about her husband's record") is left out: it names what was asked about, not the
 * question, and PolNeAR train annotates only two in three of them. The speaker is who asked: the subject of an active "asked", the
 * agent of "asked by a reporter", or nobody (a bare "Asked whether …, X said": the one asked
 * answers, the asker is not named).
 */
import { clauseEnd, FINITE_CUES, isClauseStart, spanOf, wordCount } from "./clause-parts.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { hasVerb, PRONOUN_WORDS, sourceStart } from "./frame-parts.ts";
import { firstSubjectSpeaker, mentionAt, phraseSpeaker, sourceSpeaker } from "./frame-speakers.ts";
import { subjectBefore } from "./resolve-speakers.ts";
import { type SpeakerRef, speakerFromMention } from "./speaker-mentions.ts";
import type { Token } from "./tokenize.ts";

export interface QuestionStatement {
  sentenceIndex: number;
  start: number;
  end: number;
  speaker: SpeakerRef | null;
  cue: string;
}

/** Verb forms that report a question. */
const ASKING_FORMS = new Set(
  "ask asks asked asking wonder wonders wondered wondering inquire inquires inquired inquiring questioned questioning".split(
    " ",
  ),
);

/** Words that open an indirect question. */
const QUESTION_OPENERS = new Set("whether if why how what when where who whom which".split(" "));

/**
 * Forms whose question word must follow at once ("questioned whether", "wondered how"), with no
 * object between: "questioned the senator why" is rare, "questioned the plan" is no question.
 */
const WHETHER_ONLY = new Set("questioned questioning wonder wonders wondered wondering".split(" "));

/** Before a participial "asked": "When asked", "If asked", "After being asked". */
const OPENING_SUBORDINATORS = new Set("when if after once while before upon".split(" "));

const SUBJECT_PRONOUNS = new Set("he she they we i you it".split(" "));

const INDEFINITE = new Set("a an one another some".split(" "));

const PASSIVE_AUXILIARIES = new Set(
  "was were is are be been being get got gets getting am".split(" "),
);

/** Adverbs that may sit between the auxiliary and "asked", or right after it. */
const ASK_ADVERBS = new Set(
  `also later again repeatedly then pointedly specifically directly once twice recently
previously often frequently publicly privately separately bluntly first earlier never
rhetorically`.split(/\s+/),
);

/** Words that end the span between "asked" and its question word: a request or narration. */
const NOT_BETWEEN = new Set("to for that and but or not".split(" "));

/** Words of an object or adverbial between "asked" and the question word. */
const MAX_BETWEEN = 10;

function isVerbLike(t: Token | undefined): boolean {
  if (!t?.word || t.cap || t.inQuote) return false;
  return (
    FINITE_CUES.has(t.lower) || /[a-z]{2,}ed$/.test(t.lower) || /^(says|replies)$/.test(t.lower)
  );
}

/**
 * A comma after which a main clause follows ("…, Trump said", "…, she was blunt", "…, said"):
 * the end of an opening "Asked whether …" clause.
 */
function mainClauseAfter(tokens: Token[], comma: number): boolean {
  const first = tokens[comma + 1];
  if (!first?.word || first.inQuote) return /^[“"‘']$/.test(first?.text ?? "");
  // "…, said Mr. Daley" / "…, replied": the predicate of the main clause comes straight on.
  if (isVerbLike(first)) return true;
  if (!isClauseStart(first) || QUESTION_OPENERS.has(first.lower)) return false;
  if (/^(which|who|whom|as|because|although|while|since|including)$/.test(first.lower))
    return false;
  // "…, he says he still meets …": a subject pronoun and a lower-case word after it.
  if (SUBJECT_PRONOUNS.has(first.lower)) {
    let k = comma + 2;
    while (ASK_ADVERBS.has(tokens[k]?.lower ?? "")) k++;
    const verb = tokens[k];
    return !!verb?.word && !verb.cap && !verb.inQuote;
  }
  // "…, Trump trounced Clinton": a verb before the next comma ("…, the presumptive nominee, who
  // has called …" is an appositive inside the question).
  let stop = comma + 1;
  while (stop < tokens.length && stop < comma + 14 && (tokens[stop] as Token).text !== ",") stop++;
  return hasVerb(tokens, comma + 1, stop);
}

/** "Last month, when I asked …": the asking verb sits in an opening subordinate clause. */
function inOpeningClause(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 12; k--) {
    const t = tokens[k] as Token;
    if (t.inQuote || t.text === "," || t.text === ";") return false;
    if (OPENING_SUBORDINATORS.has(t.lower)) return true;
  }
  return false;
}

/** A hyphen with spaces on both sides (a dash typed as "-"). */
function spacedHyphen(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return (tokens[k - 1]?.end ?? t.start) < t.start && (tokens[k + 1]?.start ?? t.end) > t.end;
}

/** Where the question that starts at token `c` ends (exclusive token index). */
function questionEnd(tokens: Token[], c: number, opening: boolean): number {
  const n = tokens.length;
  const limit = clauseEnd(tokens, c);
  for (let k = c + 1; k < limit && k < n; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote) continue;
    if (t.text === ":" || t.text === "—" || t.text === "–" || t.text === "(") return k;
    // "… the “establishment” - the term used by Kingson - Deacon fought back": a spaced hyphen.
    if (t.text === "-" && spacedHyphen(tokens, k)) return k;
    if (t.text === "?") return k + 1;
    if (t.text === "," && opening && mainClauseAfter(tokens, k)) return k;
  }
  return limit;
}

/** Skips an object and adverbials after "asked" up to its question word; -1 when none. */
function questionWordAfter(tokens: Token[], v: number, whetherOnly: boolean): number {
  const n = tokens.length;
  let words = 0;
  for (let k = v + 1; k < n && words <= MAX_BETWEEN; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote) return -1;
    if (!t.word) {
      // Commas around an adverb ("asked, pointedly, whether"), not after an agent: "was asked
      // by host Bill Maher, who is supporting Sanders" is a relative clause.
      if (t.text === "," && ASK_ADVERBS.has(tokens[k - 1]?.lower ?? "")) continue;
      if (t.text === "." && tokens[k - 1]?.cap) continue; // "Mr.", "Sen."
      return -1;
    }
    if (QUESTION_OPENERS.has(t.lower)) return k;
    if (whetherOnly) return -1;
    if (NOT_BETWEEN.has(t.lower)) return -1;
    if (isVerbLike(t) && !ASK_ADVERBS.has(t.lower)) return -1;
    words++;
  }
  return -1;
}

type Shape = "active" | "passive" | "participial";

/** How the "asked" at `v` stands in its sentence. */
function shapeOf(tokens: Token[], v: number): Shape {
  let k = v - 1;
  while (k >= 0 && ASK_ADVERBS.has((tokens[k] as Token).lower)) k--;
  const before = tokens[k];
  // Sentence start or after a comma: "Asked whether …", "…, asked whether …"; but "Asking
  // whether …" opening a sentence has the subject after it, as an active verb would.
  if (!before?.word) {
    const ing = (tokens[v] as Token).lower.endsWith("ing");
    return ing && before?.text !== "," ? "active" : "participial";
  }
  if (PASSIVE_AUXILIARIES.has(before.lower)) return "passive";
  // "When asked …", "…, if asked …", "after being asked …" (being is an auxiliary above).
  if (OPENING_SUBORDINATORS.has(before.lower)) return "participial";
  return "active";
}

/** The agent of "asked by a reporter whether …": tokens after "by" up to the question word. */
function agentSpeaker(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
  q: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  for (let k = v + 1; k < q; k++) {
    if ((tokens[k] as Token).lower !== "by") continue;
    let b = q;
    while (b > k + 1 && !(tokens[b - 1] as Token).word) b--;
    if (b <= k + 1) return null;
    // "Asked by one analyst whether …": an indefinite agent is someone new, not the analyst
    // named earlier.
    if (INDEFINITE.has((tokens[k + 1] as Token).lower))
      return phraseSpeaker(model, tokens, k + 1, b, true);
    return sourceSpeaker(model, registry, s, k + 1, b);
  }
  return null;
}

/** The subject of an active "asked": the speech frames' subject rules. */
function askerBefore(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  const verb = tokens[v] as Token;
  // "…, asking whether …": the sentence's subject.
  if (verb.lower.endsWith("ing") && tokens[v - 1]?.text === ",")
    return subjectBefore(model, registry, s, v) ?? firstSubjectSpeaker(model, registry, s, v);
  let p = v - 1;
  while (p >= 0 && ASK_ADVERBS.has((tokens[p] as Token).lower)) p--;
  // "I asked him …", "we asked our readers …": the writer, whom the article does not name.
  if (/^(i|we|you)$/.test(tokens[p]?.lower ?? "")) return null;
  const found = subjectBefore(model, registry, s, v);
  if (found) return found;
  // "After BlazeTV’s Glenn Beck asked …": the name just before the verb.
  const named = mentionAt(s, p);
  if (named && named.kind === "name" && named.tokenEnd === p + 1 && !named.possessive) {
    const ref = speakerFromMention(registry, named, model);
    if (ref) return ref;
  }
  const a = sourceStart(tokens, v);
  let b = v;
  while (b > a && ASK_ADVERBS.has((tokens[b - 1] as Token).lower)) b--;
  if (b <= a) return firstSubjectSpeaker(model, registry, s, v);
  const first = tokens[a] as Token;
  if (first.lower === "what") return null;
  return sourceSpeaker(model, registry, s, a, b);
}

/** The reported questions in the sentences `accept` lets through. Linear: one walk each. */
export function findReportedQuestions(
  model: DocumentModel,
  registry: EntityRegistry,
  accept: (s: Sentence) => boolean,
): QuestionStatement[] {
  const out: QuestionStatement[] = [];
  const input = model.input;
  for (const s of model.sentences) {
    if (!accept(s)) continue;
    const tokens = s.tokens;
    for (let v = 0; v < tokens.length; v++) {
      const t = tokens[v] as Token;
      if (!t.word || t.inQuote || !ASKING_FORMS.has(t.lower)) continue;
      const q = questionWordAfter(tokens, v, WHETHER_ONLY.has(t.lower));
      if (q < 0) continue;
      const shape = shapeOf(tokens, v);
      const c = q;
      // "When asked why, Sembler responded …": the question word alone is no question.
      if (!tokens[c + 1]?.word) continue;
      const opening =
        shape !== "active" || tokens[v - 1]?.text === "," || inOpeningClause(tokens, v);
      const end = questionEnd(tokens, c, opening);
      // "asked about it", "asked why": a question needs some words of its own.
      if (wordCount(tokens, c, end) < 3) continue;
      const span = spanOf(input, tokens, c, end);
      if (!span) continue;
      const speaker =
        shape === "active"
          ? askerBefore(model, registry, s, v)
          : agentSpeaker(model, registry, s, v, q);
      // An active "asked" needs someone who asked: "What was asked …" is not a report.
      if (shape === "active" && !speaker && !PRONOUN_WORDS.has(tokens[v - 1]?.lower ?? ""))
        continue;
      out.push({ sentenceIndex: s.index, start: span[0], end: span[1], speaker, cue: t.text });
      v = end - 1;
    }
  }
  return out;
}

/** The question cues: "asked", "asked about", "wondered", "questioned whether". */
function isAskingCue(cue: string): boolean {
  return (cue.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => ASKING_FORMS.has(w));
}

/**
 * A statement another pass found after a verb of asking whose words are a question ("asked
 * Clinton if Trump benefits …"): a reported question, not reported speech.
 */
export function isReportedQuestion(cue: string | null, text: string): boolean {
  if (!cue || !isAskingCue(cue)) return false;
  const first = /^[\s“"‘']*([A-Za-z]+)/.exec(text)?.[1]?.toLowerCase() ?? "";
  return QUESTION_OPENERS.has(first);
}
