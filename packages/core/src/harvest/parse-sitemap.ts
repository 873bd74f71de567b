import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface ParsedSitemap {
  kind: "urlset" | "index";
  /** page URLs (urlset) or child sitemap URLs (index), absolute, in document order */
  urls: { url: string; lastModified: Date | null }[];
}

export class SitemapParseError extends Error {
  override name = "SitemapParseError";
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === "url" || name === "sitemap",
});

type Node = Record<string, unknown>;

const text = (v: unknown): string | null => {
  if (typeof v === "string") return v.trim() || null;
  if (v && typeof v === "object") return text((v as Node)["#text"]);
  return null;
};

/** Parses an XML sitemap (`<urlset>`) or sitemap index (`<sitemapindex>`); http(s) URLs only. */
export function parseSitemap(xml: string, options: { baseUrl?: string } = {}): ParsedSitemap {
  const source = xml.replace(/^\uFEFF/, "").trimStart();
  if (!source) throw new SitemapParseError("the sitemap is empty");
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new SitemapParseError(`malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  const doc = parser.parse(source) as Node;
  const pick = (entries: unknown) =>
    ((entries as Node[] | undefined) ?? []).flatMap((entry) => {
      const loc = text(entry.loc);
      if (!loc) return [];
      let url: URL;
      try {
        url = new URL(loc, options.baseUrl);
      } catch {
        return [];
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") return [];
      const modified = text(entry.lastmod);
      const date = modified ? new Date(modified) : null;
      return [
        {
          url: url.href,
          lastModified: date && !Number.isNaN(date.getTime()) ? date : null,
        },
      ];
    });
  if (doc.urlset && typeof doc.urlset === "object")
    return { kind: "urlset", urls: pick((doc.urlset as Node).url) };
  if (doc.sitemapindex && typeof doc.sitemapindex === "object")
    return { kind: "index", urls: pick((doc.sitemapindex as Node).sitemap) };
  const root = Object.keys(doc).find((k) => !k.startsWith("?")) ?? "nothing";
  throw new SitemapParseError(`not a sitemap (the document is <${root}>)`);
}
