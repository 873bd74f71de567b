import { dashColonName } from "./dash-colon-speakers.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import type { QuoteSegment } from "./find-quotes.ts";
import {
  attributionAfter,
  attributionBefore,
  firstSubjectMention,
  isAnySpeechVerb,
  opensWithAttribution,
} from "./quote-attribution.ts";
import {
  dashSignature,
  governedBySaying,
  isQuotedProgramme,
  quotingVerbBefore,
} from "./quote-cues.ts";
import { subjectBefore } from "./resolve-speakers.ts";
import { type SpeakerRef, speakerFromMention } from "./speaker-mentions.ts";
import type { Token } from "./tokenize.ts";

export interface AttributedQuote {
  segment: QuoteSegment;
  sentenceIndex: number;
  speaker: SpeakerRef | null;
  /** "lead" quotes open their sentence, "introduced" follow "X said:", "embedded" are partial. */
  position: "lead" | "introduced" | "embedded";
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceAt(model: DocumentModel, offset: number, hint: number): number {
  let i = Math.max(0, hint);
  const ss = model.sentences;
  while (i < ss.length - 1 && (ss[i] as Sentence).end <= offset) i++;
  return i;
}

function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  return words.every(
    (w) => /^[\p{Lu}\d]/u.test(w) || ["of", "the", "and", "a", "in", "on"].includes(w),
  );
}

/**
 * Attributes every quote segment to a speaker. Quotes continued over several paragraphs share
 * the first attribution found in any of their segments; quotes with no attribution continue the
 * subject of the paragraph or the previous quote's speaker.
 * Returns the attributed quotes and the indices of sentences that only carry an attribution.
 */
export function attributeQuotes(
  model: DocumentModel,
  registry: EntityRegistry,
  segments: readonly QuoteSegment[],
): { quotes: AttributedQuote[]; attributionSentences: Set<number> } {
  const quotes: AttributedQuote[] = [];
  const attributionSentences = new Set<number>();
  let hint = 0;
  const input = model.input;
  for (let qi = 0; qi < segments.length; qi++) {
    const seg = segments[qi] as QuoteSegment;
    const si = sentenceAt(model, seg.start, hint);
    hint = si;
    const s = model.sentences[si] as Sentence;
    const tokens = s.tokens;
    const openTok =
      seg.open >= 0 ? tokenIndexAt(tokens, seg.open) : tokenIndexAt(tokens, seg.start);
    const afterClose = seg.close >= 0 ? tokenIndexAt(tokens, seg.close + 1) : tokens.length;
    // The tail runs to the next quote opening in this sentence.
    let tailEnd = afterClose;
    while (tailEnd < tokens.length && !(tokens[tailEnd] as Token).inQuote) tailEnd++;
    let headWords = 0;
    for (let k = 0; k < openTok; k++) {
      const t = tokens[k] as Token;
      if (!t.inQuote && t.word) headWords++;
    }
    const lastHead = openTok > 0 ? (tokens[openTok - 1] as Token) : undefined;
    const position: AttributedQuote["position"] =
      headWords === 0
        ? "lead"
        : lastHead && /^[:,—–]$/.test(lastHead.text)
          ? "introduced"
          : "embedded";

    let speaker: SpeakerRef | null = null;
    if (position === "lead") {
      speaker =
        dashSignature(model, registry, s, afterClose, tailEnd) ??
        attributionAfter(model, registry, s, afterClose, tailEnd);
      if (!speaker && afterClose >= tailEnd - 1) {
        // '"We are done." Shaw said.' — a short attribution-only sentence follows.
        const next = model.sentences[si + 1];
        if (next && next.blockIndex === s.blockIndex) {
          const words = next.tokens.filter((t) => t.word).length;
          const startsWithQuote = next.tokens[0]?.inQuote;
          if (words <= 9 && !startsWithQuote) {
            const ref =
              dashSignature(model, registry, next, 0, next.tokens.length) ??
              attributionAfter(model, registry, next, 0, next.tokens.length);
            if (ref) {
              speaker = ref;
              attributionSentences.add(next.index);
            }
          } else if (!startsWithQuote && opensWithAttribution(next)) {
            // '“… right?” Clinton remarked, alluding to …': a longer sentence that opens with the
            // attribution (it stays open to the other passes).
            speaker = attributionAfter(model, registry, next, 0, next.tokens.length);
          }
        }
        // '“…” ¶ - Bernie Sanders.': a signature paragraph after the quote's paragraph.
        if (
          !speaker &&
          next &&
          next.blockIndex === s.blockIndex + 1 &&
          model.blockFirstSentence[next.blockIndex] === next.index &&
          next.tokens.filter((t) => t.word).length <= 12
        ) {
          speaker = dashSignature(model, registry, next, 0, next.tokens.length);
          if (speaker) attributionSentences.add(next.index);
        }
      }
    } else if (position === "introduced") {
      // '…: “Trust me, …,” Sullivan wrote.': a short named attribution right after the quote
      // beats the verb before the colon.
      if (shortTail(tokens, afterClose, tailEnd))
        speaker = attributionAfter(model, registry, s, afterClose, tailEnd);
      if (!speaker) speaker = attributionBefore(model, registry, s, openTok);
      // '… largely ignored: ''While lawmakers …,'' Isaac Boltansky, an analyst …, wrote': a
      // verb of saying after the quote beats a name that merely precedes it.
      if (!speaker) speaker = attributionAfter(model, registry, s, afterClose, tailEnd);
      if (!speaker) {
        // "Pollsters agree - Carl Bialik: “…”": the name between the dash and the colon.
        const m = dashColonName(s, openTok) ?? firstSubjectMention(s, 0, openTok);
        if (m) speaker = speakerFromMention(registry, m, model);
      }
    } else {
      const text = input.slice(seg.start, seg.end);
      if (isTitleLike(text) && !/[.!?,]$/.test(text)) continue;
      if (isQuotedProgramme(tokens, openTok, text, isTitleLike(text.replace(/[.]$/, "")))) continue;
      // One or two quoted words inside narration ("a “lengthy” call") are scare quotes or a
      // quoted label, not a direct quote; a mixed statement may still carry them.
      if (
        text.split(/\s+/).filter(Boolean).length <= 2 &&
        !/[.!?]$/.test(text) &&
        !governedBySaying(tokens, openTok)
      )
        continue;
      speaker = attributionAfter(model, registry, s, afterClose, tailEnd);
      if (!speaker) speaker = attributionBefore(model, registry, s, openTok);
      if (!speaker) {
        // "Trump has used the phrase “Islamic terrorism”": the subject of the quoting verb.
        const qv = quotingVerbBefore(tokens, openTok);
        if (qv > 0) speaker = subjectBefore(model, registry, s, qv);
      }
      if (!speaker) {
        // Any saying verb in the sentence ("Trump disclosed details of a “lengthy” call").
        for (let v = 0; v < tokens.length && !speaker; v++) {
          const t = tokens[v] as Token;
          if (isAnySpeechVerb(t)) {
            speaker = subjectBefore(model, registry, s, v);
            if (!speaker && t.lower.endsWith("ing")) {
              const m = firstSubjectMention(s, 0, v);
              if (m) speaker = speakerFromMention(registry, m, model);
            }
          }
        }
      }
      // A partial quote with no one saying anything is a scare quote, not a statement.
      if (!speaker) continue;
    }
    quotes.push({ segment: seg, sentenceIndex: si, speaker, position });
  }

  // Share attribution within multi-paragraph groups.
  const groupSpeaker = new Map<number, SpeakerRef>();
  for (const q of quotes) {
    if (q.speaker && !groupSpeaker.has(q.segment.group))
      groupSpeaker.set(q.segment.group, q.speaker);
  }
  let previous: { speaker: SpeakerRef; block: number; sentence: number } | null = null;
  for (const q of quotes) {
    const s = model.sentences[q.sentenceIndex] as Sentence;
    if (!q.speaker) q.speaker = groupSpeaker.get(q.segment.group) ?? null;
    if (!q.speaker) q.speaker = continuationSpeaker(model, registry, q, previous);
    if (q.speaker) previous = { speaker: q.speaker, block: s.blockIndex, sentence: s.index };
  }
  return { quotes, attributionSentences };
}

/** The rest of the sentence after a quote is "<Name> <verb>." (at most five words, no pronoun). */
function shortTail(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let cap = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    words++;
    if (t.cap) cap = true;
  }
  return words >= 2 && words <= 5 && cap && to === tokens.length;
}

/** Speaker for a quote with no attribution of its own. */
function continuationSpeaker(
  model: DocumentModel,
  registry: EntityRegistry,
  q: AttributedQuote,
  previous: { speaker: SpeakerRef; block: number; sentence: number } | null,
): SpeakerRef | null {
  const s = model.sentences[q.sentenceIndex] as Sentence;
  const firstOfBlock = model.blockFirstSentence[s.blockIndex] ?? s.index;
  const input = model.input;
  // (a) Previous paragraph ends with "…:" -> its speaker introduces this quote.
  if (s.index === firstOfBlock && s.index > 0) {
    const prev = model.sentences[s.index - 1] as Sentence;
    if (/:\s*$/.test(input.slice(prev.start, prev.end))) {
      const ref = attributionBefore(model, registry, prev, prev.tokens.length);
      if (ref) return ref;
      const m = firstSubjectMention(prev, 0, prev.tokens.length);
      if (m) {
        const r = speakerFromMention(registry, m, model);
        if (r) return r;
      }
    }
  }
  // (b) The subject of an earlier sentence in the same paragraph, back to the previous
  // attributed quote of this paragraph ('"A," said one of the workers. "B."' continues it).
  const openTok = tokenIndexAt(s.tokens, q.segment.open >= 0 ? q.segment.open : q.segment.start);
  const stopAt =
    previous && previous.block === s.blockIndex && previous.sentence < s.index
      ? previous.sentence + 1
      : firstOfBlock;
  for (let si = s.index; si >= stopAt && si >= s.index - 8; si--) {
    const sent = model.sentences[si] as Sentence;
    const limit = si === s.index ? openTok : sent.tokens.length;
    const m = firstSubjectMention(sent, 0, limit);
    if (m) {
      const r = speakerFromMention(registry, m, model);
      if (r && r.entityId >= 0 && registry.get(r.entityId)?.type !== "place") return r;
    }
  }
  // (c) The previous quote's speaker, if recent.
  if (previous && s.blockIndex - previous.block <= 3) return previous.speaker;
  // (d) The latest person who was the subject of a sentence in the last few paragraphs
  // (interviews: the answers belong to the interviewee introduced at the top).
  for (let si = firstOfBlock - 1; si >= 0; si--) {
    const sent = model.sentences[si] as Sentence;
    if (s.blockIndex - sent.blockIndex > 4) break;
    const m = firstSubjectMention(sent, 0, sent.tokens.length);
    if (!m) continue;
    const r = speakerFromMention(registry, m, model);
    if (r && r.entityId >= 0 && registry.get(r.entityId)?.type === "person") return r;
  }
  return null;
}
