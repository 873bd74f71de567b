import { datelineLength } from "./dateline.ts";
import type { DocumentModel, Sentence } from "./document-model.ts";
import { findQuotes, type QuoteSegment } from "./find-quotes.ts";
import { normalizeDoubleApostrophes } from "./normalize-quotes.ts";
import { type DocumentLayout, splitParagraphs } from "./split-paragraphs.ts";
import { splitSentences } from "./split-sentences.ts";
import { tokenize } from "./tokenize.ts";

export interface PreparedDocument {
  /** The input with '' read as a quotation mark (same length as the original). */
  input: string;
  layout: DocumentLayout;
  segments: QuoteSegment[];
  model: DocumentModel;
}

/**
 * The shared front of the pipeline: quote normalisation, paragraphs, quotes, sentences and
 * tokens (no entities yet). Used by extractStatements and by the tagger's training script, so
 * both see the same sentences and tokens.
 */
export function prepareDocument(original: string, title?: string): PreparedDocument {
  const input = normalizeDoubleApostrophes(original);
  const layout = splitParagraphs(input, title);
  const segments = findQuotes(input, layout.blocks);
  const mask = new Uint8Array(input.length + 1);
  for (const seg of segments) mask.fill(1, seg.innerStart, seg.innerEnd);
  const inQuote = (i: number) => mask[i] === 1;
  const model: DocumentModel = { input, sentences: [], entities: [], blockFirstSentence: [] };
  layout.blocks.forEach((block, bi) => {
    model.blockFirstSentence[bi] = model.sentences.length;
    if (block.heading) return;
    for (const span of splitSentences(input, block.start, block.end, bi, inQuote)) {
      if (span.start === block.start) span.start += datelineLength(input, span.start, span.end);
      const sentence: Sentence = {
        index: model.sentences.length,
        start: span.start,
        end: span.end,
        blockIndex: bi,
        tokens: tokenize(input, span.start, span.end, inQuote),
        mentions: [],
      };
      model.sentences.push(sentence);
    }
  });
  return { input, layout, segments, model };
}
