import type { Prisma } from "@claimdesk/db";
import { badRequest } from "../errors.ts";
import { normalizeArticleUrl } from "../ingest/normalize-url.ts";
import { upsertOutlet } from "../ingest/upsert-outlet.ts";

/** What a reviewer may say about a pasted or uploaded article. */
export interface ArticleDetails {
  headline?: string | null;
  outlet?: string | null;
  /** the article's publication date (the day its statements were said) */
  publishedAt?: Date | null;
  /** where the article was published (not fetched: the text is what was pasted) */
  url?: string | null;
}

export const ARTICLE_DETAIL_LIMITS = { headline: 500, outlet: 200, url: 2000 };

/** The original URL as stored: http(s) only, normalised like fetched URLs; errors name the field. */
export function checkOriginalUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw badRequest("url: the original URL is not a web address (start it with https://).");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw badRequest("url: the original URL must start with http:// or https://.");
  if (trimmed.length > ARTICLE_DETAIL_LIMITS.url) throw badRequest("url: the address is too long.");
  return normalizeArticleUrl(trimmed);
}

/** A publication date is a real day, not in the future (a day's grace for time zones). */
export function checkPublishedAt(date: Date | null | undefined): Date | null {
  if (!date) return null;
  if (Number.isNaN(date.getTime())) throw badRequest("publishedAt: that is not a date.");
  if (date.getTime() > Date.now() + 36 * 3600 * 1000)
    throw badRequest("publishedAt: the publication date is in the future.");
  if (date.getUTCFullYear() < 1900) throw badRequest("publishedAt: the date is before 1900.");
  return date;
}

/**
 * The outlet named on the form: the one of the original URL's domain (named so when it had no
 * name), else an outlet of that name (case folded), else a new one.
 */
export async function resolveOutlet(
  tx: Prisma.TransactionClient,
  input: { outlet?: string | null; url: string | null },
): Promise<string | null> {
  const name = input.outlet?.replace(/\s+/g, " ").trim().slice(0, ARTICLE_DETAIL_LIMITS.outlet);
  if (input.url) {
    const outlet = await upsertOutlet(tx, { host: new URL(input.url).hostname, name });
    return outlet?.id ?? null;
  }
  if (!name) return null;
  const existing = await tx.outlet.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    orderBy: { createdAt: "asc" },
  });
  return (existing ?? (await tx.outlet.create({ data: { name } }))).id;
}
