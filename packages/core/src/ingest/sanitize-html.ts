/** Elements removed with their content: active content, frames, embedded objects, styles. */
const REMOVE = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "link",
  "base",
  "meta[http-equiv]",
  "portal",
];
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "background",
  "poster",
  "cite",
  "data",
]);
/** Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"). */
const stripControl = (value: string) => [...value].filter((c) => c.charCodeAt(0) > 0x20).join("");
const SAFE_URL = /^(https?:|mailto:|#|\/|\.|[^:]*$)/i;

interface ElementLike {
  attributes: ArrayLike<{ name: string; value: string }>;
  removeAttribute(name: string): void;
  remove(): void;
}
interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<unknown>;
  toString(): string;
}

/**
 * Removes scripts, styles, frames, embedded objects, event handler attributes (on*), style
 * attributes, srcdoc and non-http(s) URLs (javascript:, data:, vbscript:) from a parsed
 * document, in place. The stored copy of a page is for reading and re-processing only; it is
 * shown to people only through the web app's own escaping.
 */
export function sanitizeDocument(document: DocumentLike): void {
  for (const el of Array.from(document.querySelectorAll(REMOVE.join(","))) as ElementLike[])
    el.remove();
  for (const el of Array.from(document.querySelectorAll("*")) as ElementLike[]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") || name === "style" || name === "srcdoc" || name === "srcset") {
        el.removeAttribute(attr.name);
      } else if (URL_ATTRIBUTES.has(name) && !SAFE_URL.test(stripControl(attr.value))) {
        el.removeAttribute(attr.name);
      }
    }
  }
}
