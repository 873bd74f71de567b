/** Elements whose text is not article text. */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "MATH",
  "IFRAME",
  "OBJECT",
  "BUTTON",
  "SELECT",
]);
/** Elements that start a new paragraph. */
const BLOCK = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
  "BLOCKQUOTE",
  "PRE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "UL",
  "OL",
  "LI",
  "DL",
  "DT",
  "DD",
  "TABLE",
  "TR",
  "TD",
  "TH",
  "FIGURE",
  "FIGCAPTION",
  "HR",
  "ADDRESS",
  "DETAILS",
  "SUMMARY",
  "BODY",
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/**
 * Plain text from a DOM subtree, one paragraph per block element, paragraphs separated by a
 * blank line (statement extraction relies on that), whitespace inside a paragraph collapsed.
 */
export function htmlToText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/[\s\u00a0]+/g, " ").trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

/** Plain text (text/plain responses, pasted text) to the same paragraph layout. */
export function normalizePlainText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/^\uFEFF/, "")
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[ \t\f\v\u00a0]+/g, " ")
        .replace(/\s*\n\s*/g, " ")
        .trim(),
    )
    .filter(Boolean)
    .join("\n\n");
}
