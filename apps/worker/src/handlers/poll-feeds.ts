import { pollAllFeeds, pollFeed, type SafeFetchOptions } from "@claimdesk/core/ingest";
import type { Db } from "@claimdesk/db";
import {
  enqueue,
  ingestUrlJob,
  type JobPayload,
  type pollFeedsJob,
  type Queue,
} from "@claimdesk/jobs";

/** Polls one feed or all of them, and queues ingestion of every new item's article. */
export async function handlePollFeeds(
  db: Db,
  boss: Queue,
  payload: JobPayload<typeof pollFeedsJob>,
  options: { fetch?: SafeFetchOptions },
): Promise<string> {
  const results = payload.feedId
    ? [await pollFeed(db, payload.feedId, { fetch: options.fetch })]
    : await pollAllFeeds(db, { fetch: options.fetch });
  let queued = 0;
  for (const result of results) {
    if (!result.ok) continue;
    for (const article of result.newArticles) {
      await enqueue(boss, ingestUrlJob, { v: 1, articleId: article.id, url: article.url });
      queued++;
    }
  }
  const failed = results.filter((r) => !r.ok);
  return `${results.length} feeds, ${queued} new articles${failed.length ? `, ${failed.length} failing: ${failed.map((f) => (f.ok ? "" : `${f.feedId} (${f.error})`)).join("; ")}` : ""}`;
}
