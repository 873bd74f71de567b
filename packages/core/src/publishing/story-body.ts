// The fact-check body's text format, parsed into blocks the web app renders as React elements
// (never as HTML): paragraphs split by blank lines, "## " headings, "> " quotes, "- " lists,
// **bold**, *italic*, [text](https://…) links and [n] citations of the claim's n-th evidence item.
// Pure and database-free.

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; text: string }
  | { type: "em"; text: string }
  | { type: "link"; text: string; href: string }
  | { type: "cite"; n: number };

export type Block =
  | { type: "paragraph"; inlines: Inline[] }
  | { type: "heading"; inlines: Inline[] }
  | { type: "quote"; inlines: Inline[] }
  | { type: "list"; items: Inline[][] };

export const MAX_BODY_CHARS = 40_000;

/** A tag-like `<x …>`, `</x>` or `<!--`: the body is text, raw HTML is refused (not stripped). */
const HTML_TAG = /<\s*\/?\s*[a-z!][^>]*>/i;

const INLINE =
  /\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|_([^_\n]+)_|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|\[(\d{1,3})\]/g;

export function parseInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ type: "text", text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ type: "strong", text: m[1] });
    else if (m[2] !== undefined) out.push({ type: "em", text: m[2] });
    else if (m[3] !== undefined) out.push({ type: "em", text: m[3] });
    else if (m[4] !== undefined && m[5] !== undefined)
      out.push({ type: "link", text: m[4], href: m[5] });
    else out.push({ type: "cite", n: Number(m[6]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: "text", text: text.slice(last) });
  return out;
}

const joinLines = (lines: string[]) => lines.map((l) => l.trim()).join(" ");

/** The body as blocks (see the file comment). Empty lines separate blocks. */
export function parseStoryBody(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    const first = lines[0]!.trim();
    if (/^#{1,6}\s+/.test(first) && lines.length === 1) {
      blocks.push({ type: "heading", inlines: parseInlines(first.replace(/^#{1,6}\s+/, "")) });
    } else if (lines.every((l) => /^\s*>/.test(l))) {
      blocks.push({
        type: "quote",
        inlines: parseInlines(joinLines(lines.map((l) => l.replace(/^\s*>\s?/, "")))),
      });
    } else if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
      blocks.push({
        type: "list",
        items: lines.map((l) => parseInlines(l.replace(/^\s*[-*]\s+/, "").trim())),
      });
    } else {
      blocks.push({ type: "paragraph", inlines: parseInlines(joinLines(lines)) });
    }
  }
  return blocks;
}

/** Every citation number used in the body, in order of first use. */
export function citationsIn(blocks: Block[]): number[] {
  const seen = new Set<number>();
  const visit = (inlines: Inline[]) => {
    for (const i of inlines) if (i.type === "cite") seen.add(i.n);
  };
  for (const b of blocks) {
    if (b.type === "list") b.items.forEach(visit);
    else visit(b.inlines);
  }
  return [...seen];
}

/**
 * What is wrong with a body, in words for the editor (empty: nothing): raw HTML, or a citation
 * that points at no evidence item (`evidenceCount` items are numbered from 1).
 */
export function checkStoryBody(body: string, evidenceCount: number): string[] {
  const problems: string[] = [];
  if (HTML_TAG.test(body)) {
    problems.push(
      "Raw HTML is not allowed: write plain paragraphs, **bold**, *italic*, [text](https://…) links and [n] citations.",
    );
  }
  const bad = citationsIn(parseStoryBody(body)).filter((n) => n < 1 || n > evidenceCount);
  if (bad.length > 0) {
    problems.push(
      `${bad.map((n) => `[${n}]`).join(", ")} ${bad.length === 1 ? "points" : "point"} at no evidence item: ${
        evidenceCount === 0
          ? "the claim has no evidence yet."
          : `the claim's evidence is numbered 1 to ${evidenceCount}.`
      }`,
    );
  }
  return problems;
}
