import { badRequest, notFound } from "@claimdesk/core/errors";
import type { Db } from "@claimdesk/db";
import { harvestClaimReviewsJob, pollFeedsJob } from "../definitions.ts";
import { enqueue, type Queue } from "../queue.ts";

/** Runs of the same source queued within this many seconds are one job (a double click). */
const SINGLETON_SECONDS = 30;

/** Has a worker poll one feed now rather than at its next scheduled poll. */
export async function pollFeedNow(
  db: Db,
  boss: Queue,
  feedId: string,
): Promise<{ jobId: string | null }> {
  const feed = await db.feed.findUnique({ where: { id: feedId }, select: { id: true } });
  if (!feed) throw notFound("Feed");
  const jobId = await enqueue(
    boss,
    pollFeedsJob,
    { v: 1, feedId: feed.id },
    { singletonKey: `feed:${feed.id}`, singletonSeconds: SINGLETON_SECONDS },
  );
  return { jobId };
}

/** Has a worker harvest one ClaimReview source now rather than when it is next due. */
export async function harvestSourceNow(
  db: Db,
  boss: Queue,
  sourceId: string,
): Promise<{ jobId: string | null }> {
  const source = await db.harvestSource.findUnique({
    where: { id: sourceId },
    select: { id: true, enabled: true },
  });
  if (!source) throw notFound("ClaimReview source");
  if (!source.enabled) throw badRequest("This source is paused: resume it first.");
  const jobId = await enqueue(
    boss,
    harvestClaimReviewsJob,
    { v: 1, sourceId: source.id },
    { singletonKey: `harvest:${source.id}`, singletonSeconds: SINGLETON_SECONDS },
  );
  return { jobId };
}
