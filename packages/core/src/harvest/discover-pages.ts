import type { HarvestSource } from "@claimdesk/db";
import { decodeBody } from "../ingest/decode-body.ts";
import { parseFeed } from "../ingest/feeds/parse-feed.ts";
import { FEED_TYPES, type SafeFetchOptions, safeFetch } from "../ingest/safe-fetch.ts";
import { parseSitemap } from "./parse-sitemap.ts";

/** Most page URLs taken from one source per run (the rest wait for the sitemap to shrink). */
export const MAX_PAGES_PER_SOURCE = 5000;
/** Most child sitemaps of a sitemap index read per run. */
export const MAX_CHILD_SITEMAPS = 20;

const XML_TYPES = [...FEED_TYPES, "text/plain"] as const;

export type FetchOptions = Omit<SafeFetchOptions, "accept" | "headers">;

/** A page a source lists, and when the source says it last changed (a sitemap's `<lastmod>`). */
export interface ListedPage {
  url: string;
  lastModified: Date | null;
}

const listed = (url: string): ListedPage => ({ url, lastModified: null });

/**
 * The pages a source lists: a sitemap's `<loc>`s with their `<lastmod>` (a sitemap index's child
 * sitemaps are read too, at most MAX_CHILD_SITEMAPS), a feed's item links, or the page list as
 * entered. Fetched through the SSRF guard. Throws with a reason a person can act on when the
 * source cannot be read.
 */
export async function discoverPages(
  source: HarvestSource,
  fetch: FetchOptions = {},
): Promise<ListedPage[]> {
  if (source.kind === "pages") return source.pageUrls.slice(0, MAX_PAGES_PER_SOURCE).map(listed);
  const read = async (url: string) => {
    const response = await safeFetch(url, { ...fetch, accept: XML_TYPES });
    return { text: decodeBody(response.body, response.charset), url: response.url };
  };
  const top = await read(source.url);
  if (source.kind === "feed") {
    const feed = parseFeed(top.text, { baseUrl: top.url });
    return unique(feed.items.flatMap((i) => (i.url ? [listed(i.url)] : [])));
  }
  const sitemap = parseSitemap(top.text, { baseUrl: top.url });
  if (sitemap.kind === "urlset") return unique(sitemap.urls);
  // A sitemap index: newest child sitemaps first when they say when they changed.
  const children = [...sitemap.urls]
    .sort((a, b) => (b.lastModified?.getTime() ?? 0) - (a.lastModified?.getTime() ?? 0))
    .slice(0, MAX_CHILD_SITEMAPS);
  const pages: ListedPage[] = [];
  const problems: string[] = [];
  for (const child of children) {
    try {
      const body = await read(child.url);
      const parsed = parseSitemap(body.text, { baseUrl: body.url });
      if (parsed.kind === "urlset") pages.push(...parsed.urls);
    } catch (error) {
      problems.push(`${child.url}: ${(error as Error).message}`);
    }
    if (pages.length >= MAX_PAGES_PER_SOURCE) break;
  }
  if (pages.length === 0 && problems.length > 0)
    throw new Error(`no child sitemap could be read (${problems.slice(0, 3).join("; ")})`);
  return unique(pages);
}

/** Each URL once (the latest `lastmod` it was listed with), at most MAX_PAGES_PER_SOURCE. */
function unique(pages: ListedPage[]): ListedPage[] {
  const byUrl = new Map<string, ListedPage>();
  for (const page of pages) {
    const seen = byUrl.get(page.url);
    if (!seen) byUrl.set(page.url, page);
    else if ((page.lastModified?.getTime() ?? 0) > (seen.lastModified?.getTime() ?? 0))
      byUrl.set(page.url, page);
  }
  return [...byUrl.values()].slice(0, MAX_PAGES_PER_SOURCE);
}
