import { spanOf, wordCount } from "./clause-parts.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { contentOk, hasVerb, PRONOUN_WORDS } from "./frame-parts.ts";
import { pronounSourceBefore, sourceSpeaker } from "./frame-speakers.ts";
import { looseSource } from "./speech-frame-sources.ts";
import type { FrameStatement } from "./speech-frames.ts";
import type { Token } from "./tokenize.ts";

/**
 * Reported speech whose source and cue close the sentence, in sentences no other pass took:
 *   CLAUSE, SOURCE CUE [any adverbial tail].   "…, Wilkin said during his speech to the party."
 *   CLAUSE, CUE SOURCE[, appositive …].         "…, said Ed Rendell, who chairs the committee."
 * The other passes stop at a long tail after the cue, a long appositive after the source or a
 * present "reports"; here the clause before the last comma is the report when the words after
 * it are only a source, its verb and words with no clause of their own ("that", a second cue or
 * a quotation). Linear: one backward scan per sentence, bounded by MAX_SOURCE and MAX_TAIL.
 */

/** Verb forms that close a sentence after their source. */
const TRAILING_CUES = new Set(
  `said says told tells wrote writes reported reports added adds insisted insists argued argues
explained explains noted notes warned warns acknowledged acknowledges suggested predicted
contended contends maintained maintains recalled recalls`.split(/\s+/),
);

/** Forms that also invert before their source: ", said Ed Rendell". */
const INVERTING = new Set("said says wrote writes added adds".split(" "));

/** Words in the tail that open a clause of its own (another pass's frame). */
const TAIL_STOPS = new Set(
  "that adding saying noting explaining arguing insisting whether if because".split(" "),
);

/** Words a tail after the cue may open with: a setting or a time, not an object. */
const TAIL_OPENERS = new Set(
  `in on at during to with after before via from through while as when last this earlier later
yesterday today tonight recently previously repeatedly again also privately publicly monday
tuesday wednesday thursday friday saturday sunday in`.split(/\s+/),
);

/** Words that open a clause after a comma, not a source. */
const NOT_SOURCE_START =
  /^(and|but|or|as|while|which|who|whom|whose|what|when|where|if|including|even|though|although|because|since|until|unless|after|before|followed|only)$/;

/** Subordinators that may open a clause of the tail ("told aides as he worked on …"). */
const TAIL_SUBORDINATORS = new Set("as when while after before".split(" "));

const MAX_SOURCE = 9;
const MAX_TAIL = 24;

function lastComma(tokens: Token[], end: number): number {
  for (let k = end - 1; k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.inQuote) return -1;
    if (t.text === ",") return k;
  }
  return -1;
}

function tailClear(tokens: Token[], a: number, b: number, told: boolean): boolean {
  if (wordCount(tokens, a, b) > MAX_TAIL) return false;
  const first = tokens[a] as Token | undefined;
  if (first?.word && !told && !TAIL_OPENERS.has(first.lower) && !/ly$/.test(first.lower))
    return false;
  // "…, CNN reported at least six planes filled the skies": a clause after the cue.
  let sub = b;
  for (let k = a; k < b; k++) if (TAIL_SUBORDINATORS.has((tokens[k] as Token).lower)) sub = k;
  if (hasVerb(tokens, a, sub)) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote || /^[“”"‘«;:]$/.test(t.text)) return false;
    if (t.word && TAIL_STOPS.has(t.lower)) return false;
  }
  return true;
}

/** The statement before the comma at `c`, or null. */
function clauseBefore(model: DocumentModel, s: Sentence, c: number): [number, number] | null {
  const tokens = s.tokens;
  if (!contentOk(tokens, 0, c) || !hasVerb(tokens, 0, c)) return null;
  for (let k = 0; k < c; k++) if (/^[“”"‘«]$/.test((tokens[k] as Token).text)) return null;
  return spanOf(model.input, tokens, 0, c);
}

function sentenceEnd(tokens: Token[]): number {
  let e = tokens.length;
  while (e > 0 && !(tokens[e - 1] as Token).word) e--;
  return e;
}

export function findTrailingSources(
  model: DocumentModel,
  registry: EntityRegistry,
  accept: (s: Sentence) => boolean,
): FrameStatement[] {
  const out: FrameStatement[] = [];
  for (const s of model.sentences) {
    if (!accept(s)) continue;
    const tokens = s.tokens;
    const e = sentenceEnd(tokens);
    const c = lastComma(tokens, e);
    if (c < 4) continue;
    const found =
      sourceThenCue(model, registry, s, c, e) ?? cueThenSource(model, registry, s, c, e);
    if (!found) continue;
    const span = clauseBefore(model, s, found.comma);
    if (!span) continue;
    out.push({
      sentenceIndex: s.index,
      start: span[0],
      end: span[1],
      speaker: found.speaker,
      cue: found.cue,
    });
  }
  return out;
}

interface Source {
  comma: number;
  speaker: FrameStatement["speaker"];
  cue: string;
}

/** ", SOURCE CUE [tail]" after the comma at `c`. */
function sourceThenCue(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  c: number,
  e: number,
): Source | null {
  const tokens = s.tokens;
  let v = -1;
  for (let k = c + 2; k < e && k <= c + MAX_SOURCE; k++) {
    const t = tokens[k] as Token;
    if (t.word && !t.cap && TRAILING_CUES.has(t.lower)) {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  const cue = (tokens[v] as Token).lower;
  if (!tailClear(tokens, v + 1, e, cue === "told" || cue === "tells")) return null;
  if (hasVerb(tokens, c + 1, v)) return null;
  for (let k = c + 1; k < v; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote || /^(that|what|whom|which|who)$/.test(t.lower)) return null;
  }
  const first = tokens[c + 1] as Token;
  if (!first.word || NOT_SOURCE_START.test(first.lower) || /(?:ed|ing)$/.test(first.lower))
    return null;
  let speaker =
    pronounSourceBefore(model, registry, s, c + 1, v) ??
    sourceSpeaker(model, registry, s, c + 1, v);
  if (!speaker) speaker = looseSource(model, s, c + 1, v);
  if (!speaker && !(v - c === 2 && PRONOUN_WORDS.has(first.lower))) return null;
  return { comma: c, speaker, cue: (tokens[v] as Token).text };
}

/** ", CUE SOURCE[, appositive …]" with the cue right after the comma at `c`. */
function cueThenSource(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  c: number,
  e: number,
): Source | null {
  const tokens = s.tokens;
  // The comma before the cue may be an earlier one when the source has an appositive.
  for (let k = c; k > 0 && c - k <= MAX_SOURCE + 12; k--) {
    const t = tokens[k] as Token;
    if (t.inQuote) return null;
    if (t.text !== ",") continue;
    const cue = tokens[k + 1] as Token | undefined;
    if (!cue?.word || cue.cap || !INVERTING.has(cue.lower)) continue;
    const first = tokens[k + 2] as Token | undefined;
    if (!first?.word) return null;
    let stop = k + 2;
    while (stop < e && stop < k + 2 + MAX_SOURCE && (tokens[stop] as Token).word) stop++;
    // "said former governor Ed Rendell", "said lobbyist and strategist Charlie Black": a title
    // before the name; the name must end the phrase.
    if (!first.cap) {
      const m = s.mentions.find((x) => x.kind === "name" && x.tokenEnd === stop && !x.inQuote);
      if (!m || m.tokenStart - (k + 2) > 5) return null;
    }
    if (hasVerb(tokens, k + 3, stop)) return null;
    for (let j = k + 2; j < e; j++) {
      const u = tokens[j] as Token;
      if (u.inQuote || (u.word && TAIL_STOPS.has(u.lower))) return null;
    }
    const speaker = sourceSpeaker(model, registry, s, k + 2, stop);
    if (!speaker) return null;
    return { comma: k, speaker, cue: cue.text };
  }
  return null;
}
