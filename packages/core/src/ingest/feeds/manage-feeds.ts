import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../../audit/index.ts";
import { loadActor } from "../../auth/load-actor.ts";
import { notFound } from "../../errors.ts";

/** Followed feeds with what a desk needs to see: how many items came in, the last poll, its error. */
export async function listFeeds(db: Db) {
  const feeds = await db.feed.findMany({
    orderBy: { createdAt: "asc" },
    include: {
      _count: { select: { items: true } },
      outlet: { select: { name: true } },
    },
  });
  const lastItems = await db.feedItem.groupBy({
    by: ["feedId"],
    _max: { createdAt: true },
  });
  const lastItemAt = new Map(lastItems.map((i) => [i.feedId, i._max.createdAt]));
  return feeds.map((f) => ({
    id: f.id,
    url: f.url,
    title: f.title,
    outlet: f.outlet?.name ?? null,
    enabled: f.enabled,
    items: f._count.items,
    lastItemAt: lastItemAt.get(f.id) ?? null,
    lastPolledAt: f.lastPolledAt,
    lastError: f.lastError,
    errorCount: f.errorCount,
    createdAt: f.createdAt,
  }));
}

/**
 * Pauses or resumes polling a feed (its items and articles stay). Resuming clears the error
 * count, so a feed that had been backing off is polled at the next run. Audited.
 */
export async function setFeedEnabled(
  db: Db,
  input: { feedId: string; enabled: boolean; actorId: string },
) {
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "admin");
    const feed = await tx.feed.findUnique({ where: { id: input.feedId } });
    if (!feed) throw notFound("Feed");
    if (feed.enabled === input.enabled) return feed;
    const updated = await tx.feed.update({
      where: { id: input.feedId },
      data: input.enabled ? { enabled: true, errorCount: 0 } : { enabled: false },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: input.enabled ? "feed.enable" : "feed.disable",
      entityType: "feed",
      entityId: feed.id,
      data: { url: feed.url },
    });
    return updated;
  });
}
