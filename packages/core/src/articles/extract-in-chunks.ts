import {
  type ExtractedStatement,
  type ExtractionOptions,
  type ExtractionResult,
  extractStatements,
  type Speaker,
} from "@claimdesk/extraction";
import {
  contextStart,
  DEFAULT_CHUNK_CHARS,
  DEFAULT_CONTEXT_CHARS,
  splitForExtraction,
} from "./split-for-extraction.ts";

/**
 * Runs the extractor on one input. The worker passes one that runs in a worker thread (so a long
 * article never blocks its event loop); the default runs in this thread.
 */
export type Extractor = (input: string, options: ExtractionOptions) => Promise<ExtractionResult>;

export const inProcessExtractor: Extractor = async (input, options) =>
  extractStatements(input, options);

export interface ExtractionBudget {
  /** Extractor runs at once (the worker's thread-pool size). */
  parallelism?: number;
  /** Largest piece of the body extracted at once. */
  chunkChars?: number;
  /** Most text before a piece read with it as context (its statements are not kept). */
  contextChars?: number;
  /**
   * No new piece is started after this many milliseconds; what was extracted is kept and the
   * note says how far extraction got. The first piece always runs.
   */
  timeMs?: number;
  /** Called before the first piece (0) and after each piece with the share of the body done. */
  onProgress?: (done: number) => void | Promise<void>;
  /** Clock, for tests. */
  now?: () => number;
}

export interface ChunkedExtraction {
  /** Offsets into the body. */
  statements: ExtractedStatement[];
  speakers: Speaker[];
  /** Characters of the body extracted (a prefix of it when the time budget ran out). */
  charsDone: number;
  chunks: number;
  chunksDone: number;
  /** Set when the time budget stopped extraction before the end of the body. */
  stoppedNote: string | null;
}

/**
 * Extracts statements from a long body piece by piece (splitForExtraction: paragraph, sentence
 * or word boundaries), each piece with the title line before it as the extractor expects, and
 * maps every offset back to the body. Each piece after the first is read together with the
 * paragraphs before it (contextStart, up to `contextChars`), so a "she said" at the top of a piece
 * still finds the name given at the end of the previous one; only statements inside the piece
 * itself are kept, so no statement is found twice, and statements outside every piece (the
 * headline's) are dropped, as before. Speakers are those of the kept statements, merged by name.
 */
export async function extractInChunks(
  title: string,
  body: string,
  extract: Extractor = inProcessExtractor,
  budget: ExtractionBudget = {},
): Promise<ChunkedExtraction> {
  const now = budget.now ?? Date.now;
  const startedAt = now();
  const ranges = splitForExtraction(body, budget.chunkChars ?? DEFAULT_CHUNK_CHARS);
  const parallelism = Math.max(1, budget.parallelism ?? 1);
  const prefix = `${title}\n`;
  const results: (ExtractedStatement[] | undefined)[] = new Array(ranges.length);
  const speakers = new Map<string, Speaker>();
  let next = 0;
  let stopped = false;
  let charsFinished = 0;

  const overBudget = () => budget.timeMs !== undefined && now() - startedAt >= budget.timeMs;
  const runLane = async () => {
    for (;;) {
      if (stopped || next >= ranges.length) return;
      if (next > 0 && overBudget()) {
        stopped = true;
        return;
      }
      const index = next++;
      const range = ranges[index]!;
      const from =
        index === 0
          ? range.start
          : contextStart(
              body,
              ranges[index - 1]!.start,
              range.start,
              budget.contextChars ?? DEFAULT_CONTEXT_CHARS,
            );
      const shift = from - prefix.length;
      const result = await extract(prefix + body.slice(from, range.end), { title });
      const kept = result.statements
        .map((s) => ({
          ...s,
          start: s.start + shift,
          end: s.end + shift,
          entities: s.entities.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })),
        }))
        .filter((s) => s.start >= range.start && s.end <= range.end && s.end > s.start);
      results[index] = kept;
      const named = new Set(kept.map((s) => s.speaker));
      for (const speaker of result.speakers) {
        if (!named.has(speaker.name)) continue;
        const known = speakers.get(speaker.name);
        if (!known) speakers.set(speaker.name, { ...speaker, aliases: [...speaker.aliases] });
        else {
          known.role ??= speaker.role;
          for (const alias of speaker.aliases)
            if (!known.aliases.includes(alias)) known.aliases.push(alias);
        }
      }
      charsFinished += range.end - range.start;
      await budget.onProgress?.(charsFinished / Math.max(1, body.length));
    }
  };
  await budget.onProgress?.(0);
  await Promise.all(Array.from({ length: Math.min(parallelism, ranges.length) }, runLane));

  // Keep the pieces done in order up to the first one not done: a prefix of the body.
  const statements: ExtractedStatement[] = [];
  const seen = new Set<string>();
  let chunksDone = 0;
  for (const piece of results) {
    if (!piece) break;
    chunksDone++;
    for (const s of piece) {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      statements.push(s);
    }
  }
  const charsDone = chunksDone === ranges.length ? body.length : ranges[chunksDone]!.start;
  return {
    statements,
    speakers: [...speakers.values()],
    charsDone,
    chunks: ranges.length,
    chunksDone,
    stoppedNote:
      charsDone < body.length
        ? `Extraction stopped at its time limit (${Math.round((budget.timeMs ?? 0) / 1000)} s) after ${charsDone.toLocaleString("en")} of ${body.length.toLocaleString("en")} characters (${Math.floor((charsDone / body.length) * 100)} %): statements after that point were not looked for.`
        : null,
  };
}
