/** A paragraph-like block of the article body, as offsets into the input. */
export interface Block {
  start: number;
  end: number;
  /** Headings (short lines without closing punctuation) are never statements. */
  heading: boolean;
}

export interface DocumentLayout {
  title: string;
  titleStart: number;
  titleEnd: number;
  blocks: Block[];
}

interface Line {
  start: number;
  end: number;
}

const MAX_HEADING_CHARS = 120;
const MAX_HEADING_WORDS = 16;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 12 || c === 13 || c === 0x3000;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Splits into trimmed lines; blank lines come back as null. */
function splitLines(input: string): (Line | null)[] {
  const lines: (Line | null)[] = [];
  let i = 0;
  const n = input.length;
  while (i <= n) {
    let j = i;
    while (j < n && !isLineBreak(input.charCodeAt(j))) j++;
    let s = i;
    let e = j;
    while (s < e && isSpace(input.charCodeAt(s))) s++;
    while (e > s && isSpace(input.charCodeAt(e - 1))) e--;
    lines.push(s < e ? { start: s, end: e } : null);
    if (j >= n) break;
    // Treat \r\n as one break.
    i = input.charCodeAt(j) === 13 && input.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  return lines;
}

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»", "›", "*", "_"]);
const TERMINALS = new Set([".", "!", "?", "…", ":", ";", ",", "。", "！", "？", "："]);

/** True when the text ends like a sentence (ignoring closing quotes/brackets). */
export function endsWithSentencePunctuation(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i] ?? "")) i--;
  return i >= 0 && TERMINALS.has(text[i] ?? "");
}

function countWords(input: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    // CJK ideographs and kana: count each as a word (no spaces between words).
    if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) {
      words++;
      inWord = false;
      continue;
    }
    const space = isSpace(c);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function looksLikeHeading(input: string, start: number, end: number): boolean {
  const first = input[start];
  if (first === "#") return true;
  if (end - start > MAX_HEADING_CHARS) return false;
  if (countWords(input, start, end) > MAX_HEADING_WORDS) return false;
  const text = input.slice(start, end);
  // '“Maybe, we can build a wall.” ― Steve Quinlan': a quote signed with a dash, not a heading.
  if (/^[“"”].*[.!?,][”"]\s*[―—–-]{1,2}\s*\S/u.test(text)) return false;
  return !endsWithSentencePunctuation(text);
}

/**
 * Detects hard-wrapped text (lines broken at a fixed width with blank lines between paragraphs),
 * where a single paragraph spans several physical lines.
 */
function isHardWrapped(lines: (Line | null)[]): boolean {
  let blank = 0;
  let nonBlank = 0;
  let max = 0;
  for (const l of lines) {
    if (!l) blank++;
    else {
      nonBlank++;
      max = Math.max(max, l.end - l.start);
    }
  }
  if (blank === 0 || nonBlank < 6 || max > 110) return false;
  let nearMax = 0;
  let continued = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (!l) continue;
    if (l.end - l.start >= max - 25) nearMax++;
    if (lines[k + 1]) continued++;
  }
  return nearMax / nonBlank >= 0.5 && continued / nonBlank >= 0.4;
}

function stripHeadingMarks(input: string, start: number, end: number): [number, number] {
  let s = start;
  while (s < end && (input[s] === "#" || input[s] === "\uFEFF")) s++;
  while (s < end && isSpace(input.charCodeAt(s))) s++;
  return [s, end];
}

/**
 * Splits the input into title and body blocks. The first non-empty line is the title unless a
 * title is supplied; each further line is a block (or, for hard-wrapped text, each run of lines
 * between blank lines). Runs in O(n).
 */
export function splitParagraphs(input: string, givenTitle?: string): DocumentLayout {
  const lines = splitLines(input);
  let idx = 0;
  while (idx < lines.length && !lines[idx]) idx++;
  let title = "";
  let titleStart = 0;
  let titleEnd = 0;
  const firstLine = lines[idx];
  if (givenTitle !== undefined) {
    title = givenTitle.trim();
    if (firstLine) {
      const [s, e] = stripHeadingMarks(input, firstLine.start, firstLine.end);
      if (input.slice(s, e).trim() === title) {
        titleStart = s;
        titleEnd = e;
        idx++;
      }
    }
  } else if (firstLine) {
    const [s, e] = stripHeadingMarks(input, firstLine.start, firstLine.end);
    title = input.slice(s, e);
    titleStart = s;
    titleEnd = e;
    idx++;
  }

  const blocks: Block[] = [];
  const wrapped = isHardWrapped(lines.slice(idx));
  if (!wrapped) {
    for (let k = idx; k < lines.length; k++) {
      const l = lines[k];
      if (!l) continue;
      blocks.push({ start: l.start, end: l.end, heading: looksLikeHeading(input, l.start, l.end) });
    }
  } else {
    let k = idx;
    while (k < lines.length) {
      const l = lines[k];
      if (!l) {
        k++;
        continue;
      }
      let last = l;
      let count = 1;
      while (k + count < lines.length && lines[k + count]) {
        last = lines[k + count] as Line;
        count++;
      }
      const heading = count === 1 && looksLikeHeading(input, l.start, l.end);
      blocks.push({ start: l.start, end: last.end, heading });
      k += count;
    }
  }
  return { title, titleStart, titleEnd, blocks };
}
