import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../../audit/index.ts";
import { enqueueIndexChanges } from "../../search-sync/index.ts";
import { decodeBody } from "../decode-body.ts";
import { FetchRefusedError } from "../errors.ts";
import { normalizeArticleUrl } from "../normalize-url.ts";
import { FEED_TYPES, type SafeFetchOptions, safeFetch } from "../safe-fetch.ts";
import { checkUrl } from "../url-policy.ts";
import { parseFeed } from "./parse-feed.ts";

/** At most this many new items are taken per poll (the rest come on later polls). */
export const MAX_ITEMS_PER_POLL = 100;

export type PollFeedResult =
  | {
      feedId: string;
      ok: true;
      notModified: boolean;
      newItems: number;
      newArticles: { id: string; url: string }[];
    }
  | { feedId: string; ok: false; error: string };

/**
 * Polls one feed with a conditional GET (ETag / Last-Modified). Each new item (unique per feed
 * and guid) gets a FeedItem and, when its link is new, a queued Article: the caller enqueues
 * ingestion for `newArticles`. A fetch or parse error is recorded on the feed (lastError,
 * errorCount) and returned, never thrown, so other feeds keep polling.
 */
export async function pollFeed(
  db: Db,
  feedId: string,
  options: { fetch?: Omit<SafeFetchOptions, "accept" | "headers"> } = {},
): Promise<PollFeedResult> {
  const feed = await db.feed.findUniqueOrThrow({ where: { id: feedId } });
  try {
    const headers: Record<string, string> = {};
    if (feed.etag) headers["if-none-match"] = feed.etag;
    if (feed.lastModified) headers["if-modified-since"] = feed.lastModified;
    const response = await safeFetch(feed.url, { ...options.fetch, accept: FEED_TYPES, headers });
    if (response.notModified) {
      await db.feed.update({
        where: { id: feedId },
        data: { lastPolledAt: new Date(), lastError: null, errorCount: 0 },
      });
      return { feedId, ok: true, notModified: true, newItems: 0, newArticles: [] };
    }
    const parsed = parseFeed(decodeBody(response.body, response.charset), {
      baseUrl: response.url,
    });
    const newArticles: { id: string; url: string }[] = [];
    let newItems = 0;
    for (const item of parsed.items.slice(0, MAX_ITEMS_PER_POLL)) {
      const guid = item.guid.slice(0, 2000);
      let url: string | null = item.url ? normalizeArticleUrl(item.url) : null;
      if (url) {
        try {
          checkUrl(url, options.fetch);
        } catch (error) {
          if (!(error instanceof FetchRefusedError)) throw error;
          url = null; // an item link the fetcher would refuse is recorded, not ingested
        }
      }
      const created = await db.$transaction(async (tx) => {
        const inserted = await tx.feedItem.createMany({
          data: [{ feedId, guid, url }],
          skipDuplicates: true,
        });
        if (inserted.count === 0) return null; // seen before (or another worker took it just now)
        let articleId: string | null = null;
        let isNew = false;
        if (url) {
          const existing = await tx.article.findUnique({ where: { url }, select: { id: true } });
          if (existing) {
            articleId = existing.id;
          } else {
            const article = await tx.article.create({
              data: {
                url,
                title: (item.title ?? url).slice(0, 500),
                publishedAt: item.publishedAt,
                source: "feed",
                outletId: feed.outletId,
                status: "queued",
              },
            });
            await enqueueIndexChanges(tx, "article", [article.id]);
            await recordAuditEvent(tx, {
              actorId: null,
              action: "article.submit",
              entityType: "article",
              entityId: article.id,
              data: { url, feedId },
            });
            articleId = article.id;
            isNew = true;
          }
          await tx.feedItem.update({
            where: { feedId_guid: { feedId, guid } },
            data: { articleId },
          });
        }
        return { articleId: isNew ? articleId : null };
      });
      if (created) {
        newItems++;
        if (created.articleId && url) newArticles.push({ id: created.articleId, url });
      }
    }
    await db.feed.update({
      where: { id: feedId },
      data: {
        etag: headerValue(response.headers.etag),
        lastModified: headerValue(response.headers["last-modified"]),
        lastPolledAt: new Date(),
        lastError: null,
        errorCount: 0,
        ...(!feed.title && parsed.title ? { title: parsed.title.slice(0, 500) } : {}),
      },
    });
    return { feedId, ok: true, notModified: false, newItems, newArticles };
  } catch (error) {
    const message = (error as Error).message.slice(0, 1000);
    await db.feed.update({
      where: { id: feedId },
      data: { lastPolledAt: new Date(), lastError: message, errorCount: { increment: 1 } },
    });
    return { feedId, ok: false, error: message };
  }
}

const headerValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/**
 * Polls every enabled feed, one after another; a failing feed does not stop the others. Feeds
 * that keep failing are polled less often (every 2^errors minutes, at most every 6 hours) unless
 * `force` is set.
 */
export async function pollAllFeeds(
  db: Db,
  options: {
    fetch?: Omit<SafeFetchOptions, "accept" | "headers">;
    force?: boolean;
    now?: Date;
  } = {},
): Promise<PollFeedResult[]> {
  const now = options.now ?? new Date();
  const feeds = await db.feed.findMany({ where: { enabled: true }, orderBy: { createdAt: "asc" } });
  const results: PollFeedResult[] = [];
  for (const feed of feeds) {
    if (!options.force && feed.errorCount > 0 && feed.lastPolledAt) {
      const waitMs = Math.min(2 ** feed.errorCount, 360) * 60_000;
      if (feed.lastPolledAt.getTime() + waitMs > now.getTime()) continue;
    }
    results.push(await pollFeed(db, feed.id, options));
  }
  return results;
}
