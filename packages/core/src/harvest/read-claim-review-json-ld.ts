/** Most ClaimReviews read from one page (a listing page may carry several; more is abuse). */
export const MAX_REVIEWS_PER_PAGE = 50;
/** Deepest nesting walked inside one JSON-LD block. */
const MAX_DEPTH = 12;

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE_RE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isClaimReview = (v: Record<string, unknown>) => {
  const type = v["@type"];
  const is = (t: unknown) => typeof t === "string" && /(^|[/:])ClaimReview$/.test(t);
  return is(type) || (Array.isArray(type) && type.some(is));
};

export interface JsonLdReading {
  /** every ClaimReview object found, in document order (at most MAX_REVIEWS_PER_PAGE) */
  reviews: Record<string, unknown>[];
  /** JSON-LD blocks that are not valid JSON, e.g. "block 2: Unexpected token" */
  invalidBlocks: string[];
}

/**
 * Reads the ClaimReview objects out of an HTML page's `<script type="application/ld+json">`
 * blocks: a single object, an array, a `@graph`, or a ClaimReview nested in another node (a
 * WebPage's `review`, an Article's `mainEntity` …). Types may be prefixed
 * (`schema:ClaimReview`, `http://schema.org/ClaimReview`). Invalid blocks are reported, not thrown.
 */
export function readClaimReviewJsonLd(html: string): JsonLdReading {
  const reviews: Record<string, unknown>[] = [];
  const invalidBlocks: string[] = [];
  let block = 0;
  for (const match of html.matchAll(SCRIPT_RE)) {
    const type = TYPE_RE.exec(match[1] ?? "");
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? "").trim().toLowerCase();
    if (!value.startsWith("application/ld+json")) continue;
    block++;
    const text = (match[2] ?? "")
      .replace(/^\s*<!--/, "")
      .replace(/-->\s*$/, "")
      .replace(/^\s*\/\/\s*<!\[CDATA\[/, "")
      .replace(/\/\/\s*\]\]>\s*$/, "")
      .trim();
    if (!text) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      invalidBlocks.push(`block ${block}: ${(error as Error).message.slice(0, 120)}`);
      continue;
    }
    collect(parsed, reviews, 0);
    if (reviews.length >= MAX_REVIEWS_PER_PAGE) break;
  }
  return { reviews: reviews.slice(0, MAX_REVIEWS_PER_PAGE), invalidBlocks };
}

function collect(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_REVIEWS_PER_PAGE) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  if (!isObj(value)) return;
  if (isClaimReview(value)) {
    out.push(value);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === "@context") continue;
    if (typeof child === "object" && child !== null) collect(child, out, depth + 1);
  }
}
