import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "./html-to-text.ts";
import { sanitizeDocument } from "./sanitize-html.ts";

/** What an HTML page yields for an Article. */
export interface ParsedPage {
  title: string;
  byline: string | null;
  publishedAt: Date | null;
  siteName: string | null;
  language: string | null;
  /** plain text, paragraphs separated by blank lines */
  body: string;
  /** the original page with scripts, styles, frames and event handlers removed */
  html: string;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage)$/;

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string[];
  publisher?: string;
  inLanguage?: string;
}

const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() ? v.trim() : undefined;
const nameOf = (v: unknown): string | undefined =>
  str(v) ?? (v && typeof v === "object" ? str((v as { name?: unknown }).name) : undefined);

function readJsonLd(document: Document): JsonLdArticle {
  const found: JsonLdArticle = {};
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const queue: unknown[] = Array.isArray(data) ? [...data] : [data];
    while (queue.length) {
      const item = queue.shift() as Record<string, unknown> | null;
      if (!item || typeof item !== "object") continue;
      if (Array.isArray(item["@graph"])) queue.push(...(item["@graph"] as unknown[]));
      const types = ([] as unknown[]).concat(item["@type"] ?? []);
      if (!types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) continue;
      found.headline ??= str(item.headline) ?? str(item.name);
      found.datePublished ??= str(item.datePublished);
      found.inLanguage ??= str(item.inLanguage);
      found.publisher ??= nameOf(item.publisher);
      if (!found.author && item.author) {
        const authors = ([] as unknown[])
          .concat(item.author)
          .map(nameOf)
          .filter((a): a is string => !!a);
        if (authors.length) found.author = authors;
      }
    }
  }
  return found;
}

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`);
    const value = str(el?.getAttribute("content"));
    if (value) return value;
  }
  return undefined;
}

function parseDate(value: string | undefined | null): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.getFullYear() < 1900 ? null : date;
}

const cleanByline = (v: string | undefined | null) =>
  str(v?.replace(/^\s*by\s+/i, "").replace(/\s+/g, " "));

/**
 * Readable text and metadata from an HTML page: Mozilla Readability on a linkedom DOM for the
 * text, and meta tags (og:*, article:published_time, author), JSON-LD NewsArticle and <html lang>
 * for title, byline, publication date, site name and language.
 */
export function parseHtmlPage(html: string, options: { url?: string } = {}): ParsedPage {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const ld = readJsonLd(doc);
  const htmlLang = str(doc.documentElement?.getAttribute("lang"));
  const ogLocale = meta(doc, "og:locale")?.replace("_", "-");
  const metaTitle = meta(doc, "og:title", "twitter:title");
  const docTitle = str(doc.querySelector("title")?.textContent);
  const metaSite = meta(doc, "og:site_name", "application-name");
  const metaPublished = meta(
    doc,
    "article:published_time",
    "og:published_time",
    "date",
    "pubdate",
    "dc.date",
    "DC.date.issued",
  );
  const metaAuthor = meta(doc, "author", "article:author", "byl");

  // Readability changes the DOM it reads, so it gets its own copy.
  const { document: readDocument } = parseHTML(html);
  let readable: ReturnType<Readability<Node>["parse"]> = null;
  try {
    readable = new Readability<Node>(readDocument as unknown as Document, {
      serializer: (node) => node,
      charThreshold: 200,
    }).parse();
  } catch {
    readable = null;
  }
  let body = readable?.content ? htmlToText(readable.content as never) : "";
  if (!body.trim()) body = htmlToText((doc.body ?? doc.documentElement) as never);

  let host: string | null = null;
  try {
    host = options.url ? new URL(options.url).hostname.replace(/^www\./, "") : null;
  } catch {
    host = null;
  }
  const title = ld.headline ?? metaTitle ?? str(readable?.title) ?? docTitle ?? host ?? "Untitled";
  sanitizeDocument(document);
  return {
    title: title.replace(/\s+/g, " ").slice(0, 500),
    byline:
      ld.author?.join(", ") ?? cleanByline(metaAuthor) ?? cleanByline(readable?.byline) ?? null,
    publishedAt:
      parseDate(metaPublished) ?? parseDate(ld.datePublished) ?? parseDate(readable?.publishedTime),
    siteName: metaSite ?? ld.publisher ?? str(readable?.siteName) ?? null,
    language: normalizeLanguage(htmlLang ?? ogLocale ?? ld.inLanguage ?? str(readable?.lang)),
    body,
    html: document.toString(),
  };
}

function normalizeLanguage(value: string | undefined): string | null {
  if (!value) return null;
  const tag = value.trim().replace(/_/g, "-");
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag.slice(0, 35) : null;
}
