/**
 * Reported and mixed speech found by the attribution tagger in sentences the rules left alone:
 * a run of content tokens with a cue and a source in the same sentence becomes a statement; the
 * source run nearest to it gives the speaker (through the same speaker rules as the frames:
 * names with appositives, pronouns resolved to earlier people, descriptions as phrases).
 */
import type { DocumentModel, Sentence } from "../document-model";
import type { EntityRegistry } from "../entities";
import { pronounSourceBefore, sourceSpeaker } from "../frame-speakers";
import type { SpeakerRef } from "../resolve-speakers";
import type { FrameStatement } from "../speech-frames";
import type { Token } from "../tokenize";
import { cueWord, TAG_C, TAG_Q, TAG_S } from "./features";
import { tagTokens } from "./tagger";

/**
 * Thresholds chosen on the fifth of PolNeAR train a tagger trained on the other four fifths never
 * saw (`train:tagger -- --holdout 5`, `eval:polnear -- --split train --fold 5`; decision 012):
 * content of 5+ words; mean margin (best tag score minus the runner-up, per content token) of at
 * least 30 for a bare clause and 8 for one with quoted words (mixed speech is more precise); the
 * cue must hold a verb of saying/believing; a source must be tagged and resolve to a speaker.
 */
const MIN_WORDS = 5;
const MIN_MARGIN = 30;
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
    let hasCue = false;
    for (const t of tokens) if (t.word && cueWord(t.lower)) hasCue = true;
    if (!hasCue) continue;
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
      let quoted = false;
      for (let i = a; i < b; i++) if ((tokens[i] as Token).inQuote) quoted = true;
      if (m / (b - a) < (quoted ? MIXED_MARGIN : MIN_MARGIN)) continue;
      const cue = nearest(cues, run) as Run;
      let cueOk = false;
      for (let i = cue.a; i < cue.b; i++) if (cueWord((tokens[i] as Token).lower)) cueOk = true;
      if (!cueOk) continue;
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
