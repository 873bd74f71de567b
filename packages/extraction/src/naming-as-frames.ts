import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { firstSubjectSpeaker } from "./frame-speakers.ts";
import { quotedSpanFrames } from "./naming-frames.ts";
import { subjectBefore } from "./resolve-speakers.ts";
import type { FrameStatement } from "./speech-frames.ts";
import type { Token } from "./tokenize.ts";

/**
 * Casting someone or something as quoted words: "Porter hailed the vote as “fantastic,”",
 * "She routinely characterizes herself as a “change warrior”", "Abara refers to the mayor, who
 * is her neighbour, as “the landlord.”" PolNeAR marks the object, "as" and the quoted words as
 * mixed speech of the subject (the verbs were read off PolNeAR train misses, issue 15, session
 * 30). The object is 1–14 unquoted words (commas allowed: an appositive or relative clause),
 * then "as", at most two more words ("a", "the"), then the quote; the span ends with the quote.
 * Not after was/is/be (a passive "was described as"), and only with a named subject or a
 * subject the speaker rules resolve.
 */
const AS_VERBS = new Set(
  `hail hailed hails hailing praise praised praises praising cast casts casting characterize
characterized characterizes characterizing characterise characterised characterises portray
portrayed portrays portraying depict depicted depicts depicting paint painted paints painting
tout touted touts touting denounce denounced denounces denouncing dismiss dismissed dismisses
dismissing deride derided derides deriding describe described describes describing label labeled
labelled labels labeling brand branded brands branding`.split(/\s+/),
);
const REFER = new Set(["refer", "refers", "referred", "referring"]);
const NOT_BEFORE = new Set("was were is are be been being so".split(" "));
const AFTER_AS = new Set([
  "a",
  "an",
  "the",
  "being",
  "simply",
  "merely",
  "nothing",
  "more",
  "than",
]);

function asSpan(model: DocumentModel, tokens: Token[], v: number): [number, number] | null {
  const t = tokens[v] as Token;
  if (!t.word || t.cap || t.inQuote) return null;
  let a = v + 1;
  if (REFER.has(t.lower)) {
    if (tokens[a]?.lower !== "to") return null;
    a++;
  } else if (!AS_VERBS.has(t.lower)) return null;
  const prev = tokens[v - 1];
  if (prev && (NOT_BEFORE.has(prev.lower) || prev.text === "-")) return null;
  const first = tokens[a];
  if (!first?.word || first.inQuote || first.lower === "as") return null;
  let k = a;
  let words = 0;
  while (k < tokens.length) {
    const w = tokens[k] as Token;
    if (w.inQuote || /^[“"‘]+$/.test(w.text)) return null;
    if (w.word && w.lower === "as" && words >= 1) break;
    if (!w.word && !/^[,’'-]$/.test(w.text)) return null;
    if (w.word && ++words > 14) return null;
    k++;
  }
  if (k >= tokens.length) return null;
  // "as", then up to two words, then the quote.
  let q = k + 1;
  while (q < tokens.length && q <= k + 3) {
    const w = tokens[q] as Token;
    if (w.inQuote) break;
    if (!(w.word && AFTER_AS.has(w.lower)) && !/^[“"‘]+$/.test(w.text)) return null;
    q++;
  }
  if (!(tokens[q] as Token | undefined)?.inQuote) return null;
  let e = q;
  while (e < tokens.length && (tokens[e] as Token).inQuote) e++;
  // 'as “a different cup of tea” than the usual work', 'as a “change warrior” who “saved the
  // company”': words that go on after the quote, up to a comma or the sentence end, belong to
  // it; after a comma ('as “fantastic,” telling …') the span ends with the quote.
  let m = e;
  while (m < tokens.length && /^[”"’']+$/.test((tokens[m] as Token).text)) m++;
  const next = tokens[m] as Token | undefined;
  let lastWord = e - 1;
  while (lastWord > q && !(tokens[lastWord] as Token).word) lastWord--;
  const gap = model.input.slice((tokens[lastWord] as Token).end, next?.start ?? 0);
  if (next?.word && !/[,.;:!?—–]/.test(gap)) {
    let f = m;
    while (f < tokens.length && f < m + 25) {
      const w = tokens[f] as Token;
      if (!w.inQuote && !w.word && /^[,;:(—–.!?]$/.test(w.text)) break;
      if (!w.inQuote && w.lower === "but") break;
      f++;
    }
    if (f < m + 25) e = f;
  }
  return [a, e];
}

export function findNamingAsFrames(
  model: DocumentModel,
  registry: EntityRegistry,
  accept: (s: Sentence) => boolean,
): FrameStatement[] {
  return quotedSpanFrames(
    model,
    accept,
    (tokens, v) => asSpan(model, tokens, v),
    (s, v) => firstSubjectSpeaker(model, registry, s, v) ?? subjectBefore(model, registry, s, v),
  );
}
