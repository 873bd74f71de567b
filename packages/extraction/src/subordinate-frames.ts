import { clauseEnd, FINITE_CUES } from "./clause-parts.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { clearClause, contentOk, hasVerb, skipAdverbials, sourceStart } from "./frame-parts.ts";
import { pronounSourceBefore, sourceSpeaker } from "./frame-speakers.ts";
import { isSkippable } from "./resolve-speakers.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";
import type { Token } from "./tokenize.ts";

/**
 * Speech frames whose source sits inside a subordinate part of the sentence ("as X reported,",
 * "that X said went …"). Used by src/speech-frames.ts.
 */

export interface Found {
  a: number;
  b: number;
  speaker: SpeakerRef | null;
}

/**
 * "As The Times reported on Saturday, he has emerged as …", "As reported by Western Journalism,
 * investigators found …", "Just weeks ago, as POLITICO revealed, the RNC agreed …": the clause
 * after the "as" attribution's comma is the statement.
 */
export function asSourceSaid(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
): Found | null {
  const tokens = s.tokens;
  if ((tokens[v] as Token).lower.endsWith("ing")) return null;
  let p = v - 1;
  while (p >= 0 && v - p <= 8 && (tokens[p] as Token).word && (tokens[p] as Token).lower !== "as")
    p--;
  const as = tokens[p] as Token | undefined;
  if (as?.lower !== "as" || as.inQuote) return null;
  const before = tokens[p - 1] as Token | undefined;
  if (before && before.text !== "," && !/^(but|and|so)$/.test(before.lower)) return null;
  let a = p + 1;
  let b = v;
  let j = v + 1;
  if (a === v) {
    // "As reported by Western Journalism,": the source follows "by".
    if (tokens[j]?.lower !== "by") return null;
    a = j + 1;
    j = a;
    while (j < tokens.length && j < a + 8 && (tokens[j] as Token).text !== ",") j++;
    b = j;
  } else {
    j = skipAdverbials(tokens, j, 8);
    // skipAdverbials steps over commas too: the attribution's comma is the last one skipped.
    if (tokens[j - 1]?.text === "," && j - 1 > v) j--;
  }
  if (b <= a || (tokens[j] as Token | undefined)?.text !== ",") return null;
  const end = clauseEnd(tokens, j + 1);
  if (!contentOk(tokens, j + 1, end) || !hasVerb(tokens, j + 1, end)) return null;
  const speaker =
    pronounSourceBefore(model, registry, s, a, b) ?? sourceSpeaker(model, registry, s, a, b);
  if (!speaker) return null;
  return { a: j + 1, b: end, speaker };
}

/**
 * "a deadline that several insiders said went unnoticed", "what she said is growing demand": the
 * source sits inside a relative clause whose own verb follows the cue. The
 * statement runs from the relative pronoun (the attribution inside it stays in the span).
 */
export function relative(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
  loose: (model: DocumentModel, s: Sentence, a: number, b: number) => SpeakerRef | null,
): Found | null {
  const tokens = s.tokens;
  if ((tokens[v] as Token).lower.endsWith("ing")) return null;
  // Not "…, which department engineers say can absorb the extra traffic" (sourceStart keeps
  // "which" with its source): the desk's fresh fixtures do not count it, so nor does this pass.
  const a = sourceStart(tokens, v);
  const rel = tokens[a - 1];
  if (a < 2 || !rel?.word || rel.inQuote || !/^(that|what)$/.test(rel.lower)) return null;
  let b = v;
  while (b > a && isSkippable(tokens[b - 1] as Token)) b--;
  if (b <= a || hasVerb(tokens, a, b)) return null;
  const u = tokens[v + 1];
  if (!u?.word || u.inQuote || u.cap) return null;
  const verb =
    FINITE_CUES.has(u.lower) || /[^e]ed$/.test(u.lower) || /^[a-z]{3,}[^su']s$/.test(u.lower);
  if (!verb) return null;
  const end = clauseEnd(tokens, v + 1);
  if (!contentOk(tokens, v + 1, end)) return null;
  const speaker =
    pronounSourceBefore(model, registry, s, a, b) ??
    sourceSpeaker(model, registry, s, a, b) ??
    loose(model, s, a, b);
  if (!speaker) return null;
  return { a: a - 1, b: end, speaker };
}

/**
 * "…, with 30 percent of voters saying they have a positive view of him": the words between
 * "with" and the -ing cue are the source, the clause after the cue the statement.
 */
export function withSourceSaying(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
  loose: (model: DocumentModel, s: Sentence, a: number, b: number) => SpeakerRef | null,
): Found | null {
  const tokens = s.tokens;
  if (!(tokens[v] as Token).lower.endsWith("ing")) return null;
  let p = v - 1;
  while (p >= 0 && v - p <= 8 && (tokens[p] as Token).word && (tokens[p] as Token).lower !== "with")
    p--;
  if (tokens[p]?.lower !== "with" || p + 1 >= v) return null;
  let c = v + 1;
  if (tokens[c]?.lower === "that") c++;
  if (!clearClause(tokens, c)) return null;
  const end = clauseEnd(tokens, c);
  if (!contentOk(tokens, c, end)) return null;
  const speaker = sourceSpeaker(model, registry, s, p + 1, v) ?? loose(model, s, p + 1, v);
  return speaker ? { a: c, b: end, speaker } : null;
}
