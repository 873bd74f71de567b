import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { firstSubjectSpeaker } from "./frame-speakers.ts";
import type { FrameStatement } from "./speech-frames.ts";
import type { Token } from "./tokenize.ts";

/**
 * Naming someone or something with quoted words: "Graham called both candidates “crazy”",
 * "…, calling the plan “a disaster.”" PolNeAR marks the object and the quoted words as mixed
 * speech of the subject. Only with a named subject before the verb (`firstSubjectSpeaker`), an
 * object of one to eight unquoted words without a comma, and a quote that closes the span; not
 * "so-called", "called on/for/off/in/up/out", a passive "was called".
 */
const NAMING = new Set(["called", "calling", "call", "calls"]);
const NOT_AFTER = new Set("on for off in up out back upon it".split(" "));
const NOT_BEFORE = new Set("was were is are be been being so".split(" "));

function namingSpan(tokens: Token[], v: number): [number, number] | null {
  const t = tokens[v] as Token;
  if (!t.word || t.cap || t.inQuote || !NAMING.has(t.lower)) return null;
  const prev = tokens[v - 1];
  if (prev && (NOT_BEFORE.has(prev.lower) || prev.text === "-")) return null;
  const next = tokens[v + 1];
  if (!next?.word || next.inQuote || NOT_AFTER.has(next.lower)) return null;
  let k = v + 1;
  let words = 0;
  while (k < tokens.length && !(tokens[k] as Token).inQuote) {
    const w = tokens[k] as Token;
    k++;
    if (!w.word && /^[“"‘']+$/.test(w.text)) continue;
    if (!w.word || ++words > 8) return null;
  }
  if (k >= tokens.length || words < 1) return null;
  let e = k;
  while (e < tokens.length && (tokens[e] as Token).inQuote) e++;
  return [v + 1, e];
}

/**
 * Statements over a span of quoted words that `spanAt` finds after a verb (the naming frames
 * here, the naming-as frames of naming-as-frames.ts): in each accepted sentence, the first verb
 * with a span and a speaker (`speakerAt`). The quote's closing mark, with a full stop or comma
 * inside it, belongs to the quoted words.
 */
export function quotedSpanFrames(
  model: DocumentModel,
  accept: (s: Sentence) => boolean,
  spanAt: (tokens: Token[], v: number) => [number, number] | null,
  speakerAt: (s: Sentence, v: number) => FrameStatement["speaker"] | null,
): FrameStatement[] {
  const out: FrameStatement[] = [];
  for (const s of model.sentences) {
    if (!accept(s)) continue;
    const tokens = s.tokens;
    for (let v = 1; v < tokens.length; v++) {
      const span = spanAt(tokens, v);
      if (!span) continue;
      const speaker = speakerAt(s, v);
      if (!speaker) continue;
      const a = tokens[span[0]] as Token;
      const b = tokens[span[1] - 1] as Token;
      const close = /^[.,!?]?[”"’']+/.exec(model.input.slice(b.end, b.end + 4));
      out.push({
        sentenceIndex: s.index,
        start: a.start,
        end: b.end + (close ? close[0].length : 0),
        speaker,
        cue: (tokens[v] as Token).text,
      });
      break;
    }
  }
  return out;
}

export function findNamingFrames(
  model: DocumentModel,
  registry: EntityRegistry,
  accept: (s: Sentence) => boolean,
): FrameStatement[] {
  return quotedSpanFrames(model, accept, namingSpan, (s, v) =>
    firstSubjectSpeaker(model, registry, s, v),
  );
}
