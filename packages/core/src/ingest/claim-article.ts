import type { Db, IngestStatus } from "@claimdesk/db";
import { enqueueIndexChanges } from "../search-sync/index.ts";

/** An article in a working state not touched for this long is taken to be abandoned (worker died). */
export const DEFAULT_ARTICLE_LEASE_MS = 60_000;

/**
 * Takes an article for processing, atomically: it must be waiting (`from`), or in a working state
 * (fetching/extracting) whose last update is older than the lease, which means the worker that
 * had it died. Returns false when another worker holds it or it is already done, so a job that
 * runs twice does the work once.
 */
export async function claimArticle(
  db: Db,
  articleId: string,
  options: { from: IngestStatus[]; to: IngestStatus; progress: number; leaseMs?: number },
): Promise<boolean> {
  const staleBefore = new Date(Date.now() - (options.leaseMs ?? DEFAULT_ARTICLE_LEASE_MS));
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: {
        id: articleId,
        OR: [
          { status: { in: options.from } },
          { status: { in: ["fetching", "extracting"] }, updatedAt: { lt: staleBefore } },
        ],
      },
      data: { status: options.to, progress: options.progress, error: null },
    });
    // The article's status is part of its search document.
    if (count === 1) await enqueueIndexChanges(tx, "article", [articleId]);
    return count === 1;
  });
}

/** Articles whose worker died mid-way (working state, no update within the lease) or never got a job. */
export async function findAbandonedArticles(
  db: Db,
  options: { leaseMs?: number; limit?: number } = {},
) {
  const staleBefore = new Date(Date.now() - (options.leaseMs ?? DEFAULT_ARTICLE_LEASE_MS));
  return db.article.findMany({
    where: { status: { in: ["queued", "fetching", "extracting"] }, updatedAt: { lt: staleBefore } },
    select: { id: true, url: true, status: true, contentHash: true },
    orderBy: { updatedAt: "asc" },
    take: options.limit ?? 100,
  });
}
