import type { Block } from "./split-paragraphs.ts";

/** One stretch of quoted words inside a single paragraph. */
export interface QuoteSegment {
  /** Index of the opening mark, or -1 when the paragraph continues a quote without reopening. */
  open: number;
  /** Index of the closing mark, or -1 when the quote runs to the paragraph's end. */
  close: number;
  /** Trimmed span of the quoted words (no marks, no trailing comma). */
  start: number;
  end: number;
  /** Raw content region between the marks (for masking). */
  innerStart: number;
  innerEnd: number;
  blockIndex: number;
  /** Segments of one quote that continues over several paragraphs share a group. */
  group: number;
  type: "double" | "single";
}

const MAX_SINGLE_QUOTE_CHARS = 1500;

function isSpaceChar(ch: string | undefined): boolean {
  return (
    ch === undefined || ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00a0"
  );
}

function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && /[\p{L}\p{N}]/u.test(ch);
}

const OPEN_CONTEXT = new Set([
  "(",
  "[",
  "{",
  "—",
  "–",
  "-",
  "/",
  ":",
  ";",
  ",",
  "“",
  "‘",
  "'",
  '"',
]);

function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || isSpaceChar(prev) || OPEN_CONTEXT.has(prev);
}

function isDoubleOpener(input: string, i: number, start: number): boolean {
  const ch = input[i];
  const next = input[i + 1];
  const prev = i > start ? input[i - 1] : undefined;
  if (ch === "“" || ch === "„" || ch === "‟") return !isSpaceChar(next) || prev === undefined;
  if (ch === "«") return true;
  if (ch === '"') return opensAfter(prev) && !isSpaceChar(next);
  return false;
}

function isDoubleCloser(input: string, i: number): boolean {
  const ch = input[i];
  if (ch === "”" || ch === "»" || ch === '"') return true;
  if (ch === "“") {
    // A wrongly oriented mark used as a closer: “Hello,“ he said.
    const prev = input[i - 1];
    const next = input[i + 1];
    return !isSpaceChar(prev) && (isSpaceChar(next) || !isLetterOrDigit(next));
  }
  return false;
}

function isSingleOpener(input: string, i: number, start: number): boolean {
  const ch = input[i];
  if (ch !== "‘" && ch !== "'" && ch !== "‹") return false;
  const prev = i > start ? input[i - 1] : undefined;
  const next = input[i + 1];
  if (!opensAfter(prev) || prev === "'" || prev === "‘") return false;
  if (!isLetterOrDigit(next)) return false;
  // ‘90s, '20s
  if (/\d/.test(next ?? "") && /\d/.test(input[i + 2] ?? "") && input[i + 3] === "s") return false;
  return true;
}

function isSingleCloser(input: string, i: number): boolean {
  const ch = input[i];
  if (ch !== "’" && ch !== "'" && ch !== "›") return false;
  const prev = input[i - 1];
  const next = input[i + 1];
  return !isSpaceChar(prev) && !isLetterOrDigit(next);
}

function hasLetters(input: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLetterOrDigit(input[i])) return true;
  return false;
}

const TRAILING_TRIM = new Set([" ", "\t", "\n", "\r", "\u00a0", ",", "—", "–"]);

function trimmedSpan(input: string, a: number, b: number): [number, number] {
  let s = a;
  let e = b;
  while (s < e && isSpaceChar(input[s])) s++;
  while (e > s && TRAILING_TRIM.has(input[e - 1] ?? "")) e--;
  // Drop a trailing "-" only when it is a dangling dash.
  return [s, e];
}

function startsWithOpener(input: string, block: Block, type: "double" | "single"): boolean {
  const ch = input[block.start];
  if (type === "double") return ch === "“" || ch === '"' || ch === "„" || ch === "«";
  return ch === "‘" || ch === "'" || ch === "‹";
}

/**
 * Finds top-level quotations in each paragraph. Nested quotes of the other type are left inside
 * their parent. A quote left open at a paragraph's end continues when the next paragraph opens
 * with the same kind of mark (newsroom convention for multi-paragraph quotes). Linear time: an
 * opener that finds no closer disables further openers of that type in the paragraph.
 */
export function findQuotes(input: string, blocks: readonly Block[]): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let group = 0;
  let continuing = null as { type: "double" | "single"; group: number } | null;

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    if (block.heading) {
      continuing = null;
      continue;
    }
    const disabled = { double: false, single: false };
    const found: QuoteSegment[] = [];
    let scanFrom = block.start;
    let pendingContinuation: { type: "double" | "single"; group: number } | null = continuing;
    continuing = null;
    let nextContinuation: { type: "double" | "single"; group: number } | null = null;

    // At most three passes (initial + one retry per quote type), each linear.
    for (let pass = 0; pass < 3; pass++) {
      let open: { at: number; type: "double" | "single"; group: number; cont: boolean } | null =
        null;
      let restartAt = -1;
      for (let i = scanFrom; i < block.end; i++) {
        if (!open) {
          const type: "double" | "single" | null =
            !disabled.double && isDoubleOpener(input, i, block.start)
              ? "double"
              : !disabled.single && isSingleOpener(input, i, block.start)
                ? "single"
                : null;
          if (type) {
            const pc = pendingContinuation as { type: "double" | "single"; group: number } | null;
            const cont = pc !== null && pc.type === type && i === block.start;
            open = { at: i, type, group: cont && pc ? pc.group : ++group, cont };
          }
          continue;
        }
        const closes = open.type === "double" ? isDoubleCloser(input, i) : isSingleCloser(input, i);
        const tooLong = open.type === "single" && i - open.at > MAX_SINGLE_QUOTE_CHARS;
        if (tooLong) {
          disabled.single = true;
          restartAt = open.at + 1;
          open = null;
          break;
        }
        if (closes) {
          const [s, e] = trimmedSpan(input, open.at + 1, i);
          if (e > s && hasLetters(input, s, e)) {
            found.push({
              open: open.at,
              close: i,
              start: s,
              end: e,
              innerStart: open.at + 1,
              innerEnd: i,
              blockIndex: b,
              group: open.group,
              type: open.type,
            });
          }
          open = null;
        }
      }
      if (restartAt >= 0) {
        scanFrom = restartAt;
        pendingContinuation = null;
        continue;
      }
      if (open) {
        const nextBlock = blocks[b + 1];
        const [s, e] = trimmedSpan(input, open.at + 1, block.end);
        const continues =
          nextBlock !== undefined &&
          !nextBlock.heading &&
          startsWithOpener(input, nextBlock, open.type);
        const content = input.slice(Math.max(s, e - 3), e);
        const endsLikeSentence = /[.!?…]["'”’)]*$/.test(content);
        if (
          (continues || (open.type === "double" && endsLikeSentence)) &&
          e > s &&
          hasLetters(input, s, e)
        ) {
          found.push({
            open: open.at,
            close: -1,
            start: s,
            end: e,
            innerStart: open.at + 1,
            innerEnd: block.end,
            blockIndex: b,
            group: open.group,
            type: open.type,
          });
          if (continues) nextContinuation = { type: open.type, group: open.group };
        } else {
          // Stray mark: ignore it and rescan the rest with this quote type disabled.
          disabled[open.type] = true;
          scanFrom = open.at + 1;
          pendingContinuation = null;
          continue;
        }
      }
      break;
    }
    continuing = nextContinuation;
    found.sort((x, y) => x.start - y.start);
    // A rescan can re-find segments already found before the stray mark; keep the first of each.
    let lastEnd = -1;
    for (const seg of found) {
      if (seg.innerStart <= lastEnd) continue;
      segments.push(seg);
      lastEnd = seg.innerEnd;
    }
  }
  return segments;
}
