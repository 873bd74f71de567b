import { type Db, Prisma } from "@claimdesk/db";
import { decodeBody } from "../ingest/decode-body.ts";
import { HTML_TYPES, safeFetch } from "../ingest/safe-fetch.ts";
import { importClaimReviews } from "../publishing/import-claim-reviews.ts";
import { discoverPages, type FetchOptions, type ListedPage } from "./discover-pages.ts";
import { readClaimReviewJsonLd } from "./read-claim-review-json-ld.ts";

/** Pages fetched per source per run by default (the rest are due at the next run). */
export const DEFAULT_PAGES_PER_RUN = 25;
const MINUTE = 60_000;
/** A source is read again this long after a good run. */
export const SOURCE_INTERVAL_MS = 60 * MINUTE;
/** A page is fetched again this long after a good fetch (verdicts change: history is kept). */
export const PAGE_REFRESH_MS = 24 * 60 * MINUTE;

/** Back-off after `failures` failures in a row: 5 min, 10, 20 … at most a day (source) or a week (page). */
export function backoffMs(failures: number, kind: "source" | "page"): number {
  const cap = kind === "source" ? 24 * 60 * MINUTE : 7 * 24 * 60 * MINUTE;
  return Math.min(2 ** Math.max(0, failures - 1) * 5 * MINUTE, cap);
}

export interface HarvestRunResult {
  sourceId: string;
  ok: boolean;
  /** why the source itself could not be read */
  error: string | null;
  pagesDiscovered: number;
  /** known pages the sitemap says changed since they were last fetched (made due now) */
  pagesChanged: number;
  pagesFetched: number;
  pagesFailed: number;
  reviews: { created: number; updated: number; unchanged: number; errors: number };
}

/** A fetch or parse error in words (the fetcher's own reasons are already written for people). */
function describe(error: unknown): string {
  return (error as Error)?.message?.slice(0, 500) || "unknown error";
}

/**
 * One run of one source: read the sitemap / feed / page list (new page URLs are recorded), then
 * fetch at most `maxPages` due pages through the SSRF guard, read the ClaimReview JSON-LD out of
 * each and import it (idempotent by review URL; a changed verdict supersedes the old one).
 * Failures back off per source and per page; nothing is thrown, the state is on the rows.
 */
export async function harvestSource(
  db: Db,
  sourceId: string,
  options: { fetch?: FetchOptions; maxPages?: number; now?: Date } = {},
): Promise<HarvestRunResult> {
  const now = options.now ?? new Date();
  const source = await db.harvestSource.findUniqueOrThrow({ where: { id: sourceId } });
  const result: HarvestRunResult = {
    sourceId,
    ok: true,
    error: null,
    pagesDiscovered: 0,
    pagesChanged: 0,
    pagesFetched: 0,
    pagesFailed: 0,
    reviews: { created: 0, updated: 0, unchanged: 0, errors: 0 },
  };
  let listed: ListedPage[];
  try {
    listed = await discoverPages(source, options.fetch);
  } catch (error) {
    const errorCount = source.errorCount + 1;
    const message = `Could not read the ${source.kind === "pages" ? "page list" : source.kind}: ${describe(error)}`;
    await db.harvestSource.updateMany({
      where: { id: sourceId },
      data: {
        lastRunAt: now,
        errorCount,
        lastError: message,
        nextRunAt: new Date(now.getTime() + backoffMs(errorCount, "source")),
        lastRunSummary: null,
      },
    });
    return { ...result, ok: false, error: message };
  }
  if (listed.length > 0) {
    const added = await db.harvestPage.createMany({
      data: listed.map((page) => ({ sourceId, url: page.url })),
      skipDuplicates: true,
    });
    result.pagesDiscovered = added.count;
    result.pagesChanged = await markChangedPagesDue(db, sourceId, listed, now);
  }
  const due = await db.harvestPage.findMany({
    where: { sourceId, OR: [{ nextFetchAt: null }, { nextFetchAt: { lte: now } }] },
    orderBy: [{ nextFetchAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    take: options.maxPages ?? DEFAULT_PAGES_PER_RUN,
  });
  for (const page of due) {
    result.pagesFetched++;
    try {
      const response = await safeFetch(page.url, { ...options.fetch, accept: HTML_TYPES });
      const { reviews, invalidBlocks } = readClaimReviewJsonLd(
        decodeBody(response.body, response.charset),
      );
      const imported =
        reviews.length > 0
          ? await importClaimReviews(
              db,
              // a review that names no URL of its own is the page it was found on
              reviews.map((review) => (review.url ? review : { ...review, url: response.url })),
            )
          : null;
      if (imported) {
        result.reviews.created += imported.created;
        result.reviews.updated += imported.updated;
        result.reviews.unchanged += imported.unchanged;
        result.reviews.errors += imported.errors.length;
      }
      const problems = [
        ...(imported?.errors.map((e) => `review ${e.item.replace(/^input/, "")}: ${e.message}`) ??
          []),
        ...invalidBlocks.map((b) => `JSON-LD ${b}`),
      ];
      const changed = (imported?.created ?? 0) + (imported?.updated ?? 0) > 0;
      await db.harvestPage.updateMany({
        where: { id: page.id },
        data: {
          lastFetchedAt: now,
          nextFetchAt: new Date(now.getTime() + PAGE_REFRESH_MS),
          errorCount: 0,
          reviewsFound: reviews.length,
          lastError:
            problems.length > 0
              ? problems.join("; ").slice(0, 1000)
              : reviews.length === 0
                ? "No ClaimReview markup on the page."
                : null,
          ...(changed ? { importedAt: now } : {}),
        },
      });
      if (problems.length > 0 && (imported?.errors.length ?? 0) === reviews.length)
        result.pagesFailed++;
    } catch (error) {
      result.pagesFailed++;
      const errorCount = page.errorCount + 1;
      await db.harvestPage.updateMany({
        where: { id: page.id },
        data: {
          lastFetchedAt: now,
          errorCount,
          lastError: describe(error),
          nextFetchAt: new Date(now.getTime() + backoffMs(errorCount, "page")),
        },
      });
    }
  }
  const r = result.reviews;
  // updateMany: an admin may have deleted the source while it ran
  await db.harvestSource.updateMany({
    where: { id: sourceId },
    data: {
      lastRunAt: now,
      errorCount: 0,
      lastError: null,
      nextRunAt: new Date(now.getTime() + SOURCE_INTERVAL_MS),
      lastRunSummary:
        `${result.pagesFetched} pages fetched (${result.pagesFailed} failed), ` +
        `${result.pagesDiscovered} new pages found, ${result.pagesChanged} changed since read; reviews: ${r.created} imported, ` +
        `${r.updated} updated, ${r.unchanged} unchanged, ${r.errors} with errors`,
    },
  });
  return result;
}

/**
 * A known page whose sitemap `<lastmod>` is later than its last fetch has changed since it was
 * read: it is due now instead of at its daily refresh (or its back-off). A `<lastmod>` in the
 * future counts only once it has passed. Returns how many pages were made due.
 */
async function markChangedPagesDue(db: Db, sourceId: string, listed: ListedPage[], now: Date) {
  const dated = listed.flatMap((p) =>
    p.lastModified ? [{ url: p.url, lastmod: p.lastModified.toISOString() }] : [],
  );
  if (dated.length === 0) return 0;
  // timestamps are stored in UTC without a zone, as Prisma writes them
  const rows = Prisma.sql`select l.url, (l.lastmod::timestamptz at time zone 'UTC') as lastmod
    from unnest(${dated.map((d) => d.url)}::text[], ${dated.map((d) => d.lastmod)}::text[])
      as l(url, lastmod)`;
  return db.$executeRaw`
    update "HarvestPage" p set "nextFetchAt" = null
    from (${rows}) l
    where p."sourceId" = ${sourceId} and p.url = l.url and p."nextFetchAt" is not null
      and p."lastFetchedAt" is not null and p."lastFetchedAt" < l.lastmod
      and l.lastmod <= (${now.toISOString()}::timestamptz at time zone 'UTC')`;
}

/**
 * Runs every enabled source that is due (`nextRunAt` passed or never run), one after another;
 * a failing source does not stop the others. `force` runs them all now.
 */
export async function harvestDueSources(
  db: Db,
  options: { fetch?: FetchOptions; maxPages?: number; now?: Date; force?: boolean } = {},
): Promise<HarvestRunResult[]> {
  const now = options.now ?? new Date();
  const sources = await db.harvestSource.findMany({
    where: {
      enabled: true,
      ...(options.force ? {} : { OR: [{ nextRunAt: null }, { nextRunAt: { lte: now } }] }),
    },
    orderBy: { createdAt: "asc" },
  });
  const results: HarvestRunResult[] = [];
  for (const source of sources)
    results.push(await harvestSource(db, source.id, { ...options, now }));
  return results;
}
