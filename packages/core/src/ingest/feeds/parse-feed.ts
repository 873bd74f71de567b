import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface FeedEntry {
  /** stable identity: guid / id, else the link, else the title */
  guid: string;
  url: string | null;
  title: string | null;
  publishedAt: Date | null;
}

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf";
  title: string | null;
  items: FeedEntry[];
}

/** The feed could not be read: the message says where (line and column for XML errors). */
export class FeedParseError extends Error {
  override name = "FeedParseError";
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type Node = Record<string, unknown>;

const text = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") return text((v as Node)["#text"]);
  return null;
};

const date = (v: unknown): Date | null => {
  const s = text(v);
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
};

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter(Boolean) as (Node | string)[];
  const pick =
    list.find((l) => typeof l === "object" && (!l["@_rel"] || l["@_rel"] === "alternate")) ??
    list[0];
  if (!pick) return null;
  return typeof pick === "string" ? pick.trim() || null : (text(pick["@_href"]) ?? text(pick));
}

function absolute(url: string | null, base: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

/** Parses RSS 2.0, RSS 1.0 (RDF) and Atom. Throws FeedParseError for malformed XML or other documents. */
export function parseFeed(xml: string, options: { baseUrl?: string } = {}): ParsedFeed {
  const source = xml.replace(/^\uFEFF/, "").trimStart();
  if (!source) throw new FeedParseError("the feed is empty");
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new FeedParseError(`malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  let doc: Node;
  try {
    doc = parser.parse(source) as Node;
  } catch (error) {
    throw new FeedParseError(`malformed XML: ${(error as Error).message}`);
  }
  const base = options.baseUrl;
  if (doc.rss && typeof doc.rss === "object") {
    const channel = ((doc.rss as Node).channel ?? {}) as Node;
    const items = ((channel.item as Node[] | undefined) ?? []).map((item) => {
      const url = absolute(text(item.link), base);
      const title = text(item.title);
      return {
        guid: text(item.guid) ?? url ?? title ?? "",
        url,
        title,
        publishedAt: date(item.pubDate) ?? date(item.date),
      };
    });
    return { format: "rss", title: text(channel.title), items: items.filter((i) => i.guid) };
  }
  if (doc.feed && typeof doc.feed === "object") {
    const feed = doc.feed as Node;
    const items = ((feed.entry as Node[] | undefined) ?? []).map((entry) => {
      const url = absolute(atomLink(entry.link), base);
      const title = text(entry.title);
      return {
        guid: text(entry.id) ?? url ?? title ?? "",
        url,
        title,
        publishedAt: date(entry.published) ?? date(entry.updated),
      };
    });
    return { format: "atom", title: text(feed.title), items: items.filter((i) => i.guid) };
  }
  if (doc.RDF && typeof doc.RDF === "object") {
    const rdf = doc.RDF as Node;
    const items = ((rdf.item as Node[] | undefined) ?? []).map((item) => {
      const url = absolute(text(item.link) ?? text(item["@_about"]), base);
      const title = text(item.title);
      return {
        guid: text(item["@_about"]) ?? url ?? title ?? "",
        url,
        title,
        publishedAt: date(item.date),
      };
    });
    return {
      format: "rdf",
      title: text((rdf.channel as Node | undefined)?.title),
      items: items.filter((i) => i.guid),
    };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith("?")) ?? "nothing";
  throw new FeedParseError(`not an RSS or Atom feed (the document is <${root}>)`);
}
