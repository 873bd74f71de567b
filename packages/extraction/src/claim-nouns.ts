import { clauseEnd, hasFiniteVerb, isClauseStart, spanOf } from "./clause-parts.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { contentOk, DETS, hasVerb, thatAhead } from "./frame-parts.ts";
import { mentionAt } from "./frame-speakers.ts";
import { type SpeakerRef, speakerFromMention } from "./speaker-mentions.ts";
import type { FrameStatement } from "./speech-frames.ts";
import type { Token } from "./tokenize.ts";

/**
 * A noun of saying with its that-clause: "his claim in November that Obama wants to take in …",
 * "the campaign's earlier claim that Sanders wanted to dismantle …", "his stern warning that
 * illegal immigrants … won't be permitted to stay", "claims by intelligence agencies that some of
 * her messages should be classified". PolNeAR marks the clause as the content and the possessor
 * as the source. Only with a possessor (or a "by" agent) that names someone: a bare "the claim
 * that …" has no speaker to check.
 */
const CLAIM_NOUNS = new Set(
  `claim claims warning warnings assertion assertions allegation allegations accusation
accusations insistence contention contentions suggestion admission`.split(/\s+/),
);

/** Adjectives allowed between the possessor and the noun ("false", "earlier", "stern"). */
const MAX_MODIFIERS = 2;

function possessor(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  k: number,
): SpeakerRef | null {
  const tokens = s.tokens;
  let p = k - 1;
  for (let m = 0; m < MAX_MODIFIERS && p >= 0; m++) {
    const t = tokens[p] as Token;
    if (
      !t.word ||
      t.cap ||
      t.possessive ||
      DETS.has(t.lower) ||
      /^(his|her|their|its)$/.test(t.lower)
    )
      break;
    p--;
  }
  const t = tokens[p] as Token | undefined;
  if (!t?.word || t.inQuote) return null;
  if (!t.possessive && !/^(his|her|their)$/.test(t.lower)) return null;
  const m = mentionAt(s, p);
  if (!m || m.tokenEnd !== p + 1) return null;
  const ref = speakerFromMention(registry, m, model);
  return ref && ref.entityId >= 0 ? ref : null;
}

/** "claims by intelligence agencies that …": the agent named after "by". */
function agent(model: DocumentModel, registry: EntityRegistry, s: Sentence, k: number) {
  if (s.tokens[k + 1]?.lower !== "by") return null;
  const m = mentionAt(s, k + 2);
  if (!m || m.tokenStart !== k + 2) return null;
  const ref = speakerFromMention(registry, m, model);
  return ref && ref.entityId >= 0 ? ref : null;
}

/**
 * "claims that Clinton is unqualified - and one that made …": a dash with a conjunction after it
 * ends the clause.
 */
export function dashEnd(tokens: Token[], c: number, end: number): number {
  for (let j = c + 2; j < end - 1; j++)
    if (/^[-—–]$/.test((tokens[j] as Token).text) && /^(and|but)$/.test(tokens[j + 1]?.lower ?? ""))
      return j;
  return end;
}

export function findClaimNouns(
  model: DocumentModel,
  registry: EntityRegistry,
  accept: (s: Sentence) => boolean,
): FrameStatement[] {
  const out: FrameStatement[] = [];
  for (const s of model.sentences) {
    if (!accept(s)) continue;
    const tokens = s.tokens;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (!t.word || t.cap || t.inQuote || !CLAIM_NOUNS.has(t.lower)) continue;
      const that = tokens[k + 1]?.lower === "that" ? k + 1 : thatAhead(tokens, k + 1);
      if (that < 0 || that > k + 6) continue;
      const c = that + 1;
      if (!isClauseStart(tokens[c]) || !hasFiniteVerb(tokens, c)) continue;
      const end = dashEnd(tokens, c, clauseEnd(tokens, c));
      if (!contentOk(tokens, c, end) || !hasVerb(tokens, c, end)) continue;
      const speaker = possessor(model, registry, s, k) ?? agent(model, registry, s, k);
      if (!speaker) continue;
      const span = spanOf(model.input, tokens, c, end);
      if (span)
        out.push({ sentenceIndex: s.index, start: span[0], end: span[1], speaker, cue: t.text });
      k = end;
    }
  }
  return out;
}
