/**
 * Reported and mixed speech found by the attribution tagger in sentences the rules left alone:
 * a run of content tokens with a cue and a source in the same sentence becomes a statement; the
 * source run nearest to it gives the speaker (through the same speaker rules as the frames:
 * names with appositives, pronouns resolved to earlier people, descriptions as phrases).
 */
import type { DocumentModel, Sentence } from "../document-model.ts";
import type { EntityRegistry } from "../entities.ts";
import { hasVerb } from "../frame-parts.ts";
import { pronounSourceBefore, sourceSpeaker } from "../frame-speakers.ts";
import { FRAME_CUE_LEMMAS } from "../lexicon/cues.ts";
import type { SpeakerRef } from "../speaker-mentions.ts";
import type { FrameStatement } from "../speech-frames.ts";
import type { Token } from "../tokenize.ts";
import { cueWord, TAG_C, TAG_Q, TAG_S } from "./features.ts";
import { tagTokens } from "./tagger.ts";

/**
 * Thresholds chosen on the fifth of PolNeAR train a tagger trained on the other four fifths never
 * saw (`train:tagger -- --holdout 5`, `eval:polnear -- --split train --fold 5`; decision 012):
 * content of 5+ words with quoted words inside (mixed speech) and a mean margin (best tag score
 * minus the runner-up, per content token) of at least 8; the cue must hold a verb of saying
 * (FRAME_CUE_LEMMAS) or "according"; the content a verb, and not mostly quoted words (that is a
 * direct quote); a source must be tagged and resolve to a speaker. The last three also keep the
 * desk's own fixtures from falling.
 *
 * Plain clauses (no quoted words) are left to the rules: on two held-out fifths of train, each
 * scored with a tagger trained on the other four fifths, the tagger's plain clauses (margin 30+)
 * were 33/33 and 36/44 right (69/77, 89.6 %) against the rules' own reported precision of 91.1 /
 * 92.6 %, with no margin band that held up on both (decision 012, "Precision").
 */
const MIN_WORDS = 5;
const MIXED_MARGIN = 8;

interface Run {
  a: number;
  b: number;
}

function runs(tags: readonly number[], tag: number): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== tag) continue;
    let j = i;
    while (j + 1 < tags.length && tags[j + 1] === tag) j++;
    out.push({ a: i, b: j + 1 });
    i = j;
  }
  return out;
}

function words(tokens: readonly Token[], r: Run): number {
  let n = 0;
  for (let i = r.a; i < r.b; i++) if ((tokens[i] as Token).word) n++;
  return n;
}

/** The cue holds a verb of saying (not of believing or showing) or "according (to)". */
function sayingCue(tokens: readonly Token[], r: Run): boolean {
  for (let i = r.a; i < r.b; i++) {
    const w = (tokens[i] as Token).lower;
    const lemma = cueWord(w);
    if (lemma && (FRAME_CUE_LEMMAS.has(lemma) || w === "according")) return true;
  }
  return false;
}

function anyCue(tokens: readonly Token[], r: Run): boolean {
  for (let i = r.a; i < r.b; i++) {
    const t = tokens[i] as Token;
    if (t.word && !t.cap && !t.inQuote) return true;
  }
  return false;
}

function nearest(rs: readonly Run[], c: Run): Run | undefined {
  let best: Run | undefined;
  let bestD = Infinity;
  for (const r of rs) {
    const d = r.b <= c.a ? c.a - r.b : r.a - c.b;
    if (d >= 0 && d < bestD) {
      bestD = d;
      best = r;
    }
  }
  return best;
}

export function findTaggedSpeech(
  model: DocumentModel,
  registry: EntityRegistry,
  eligible: (s: Sentence) => boolean,
): FrameStatement[] {
  const out: FrameStatement[] = [];
  for (const s of model.sentences) {
    const tokens = s.tokens;
    if (tokens.length < 6 || tokens.length > 150 || !eligible(s)) continue;
    // Only sentences with a verb of saying: the cue must hold one (sayingCue), so others are
    // not tagged at all (most of the tagger's cost is avoided this way).
    const all = { a: 0, b: tokens.length };
    if (!sayingCue(tokens, all) && !tokens.some((t) => t.inQuote && t.word)) continue;
    const { tags, margins } = tagTokens(tokens);
    const cues = runs(tags, TAG_Q);
    if (cues.length === 0) continue;
    const sources = runs(tags, TAG_S);
    for (const c of runs(tags, TAG_C)) {
      let a = c.a;
      let b = c.b;
      while (a < b && !(tokens[a] as Token).word && (tokens[a] as Token).text !== "“") a++;
      while (b > a && /^[,;:—–-]$/.test((tokens[b - 1] as Token).text)) b--;
      const run = { a, b };
      if (words(tokens, run) < MIN_WORDS) continue;
      let m = 0;
      for (let i = a; i < b; i++) m += margins[i] as number;
      let quotedWords = 0;
      for (let i = a; i < b; i++)
        if ((tokens[i] as Token).inQuote && (tokens[i] as Token).word) quotedWords++;
      // Mostly quoted words: the direct quote is the statement already.
      if (2 * quotedWords > words(tokens, run)) continue;
      if (quotedWords === 0 || m / (b - a) < MIXED_MARGIN) continue;
      const cue = nearest(cues, run) as Run;
      // Another cue verb ("implied", "refers to") needs more than a one-word scare quote.
      const cueOk = sayingCue(tokens, cue) || (quotedWords >= 2 && anyCue(tokens, cue));
      if (!cueOk || !hasVerb(tokens as Token[], a, b)) continue;
      const src = nearest(sources, run);
      if (!src) continue;
      const speaker: SpeakerRef | null =
        (src.a > run.a ? pronounSourceBefore(model, registry, s, src.a, src.b) : null) ??
        sourceSpeaker(model, registry, s, src.a, src.b);
      if (!speaker) continue;
      const first = tokens[a] as Token;
      const last = tokens[b - 1] as Token;
      out.push({
        sentenceIndex: s.index,
        start: first.start,
        end: last.end,
        speaker,
        cue: model.input.slice((tokens[cue.a] as Token).start, (tokens[cue.b - 1] as Token).end),
      });
    }
  }
  return out;
}
