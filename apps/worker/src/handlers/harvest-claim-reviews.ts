import { type HarvestRunResult, harvestDueSources, harvestSource } from "@claimdesk/core/harvest";
import type { SafeFetchOptions } from "@claimdesk/core/ingest";
import type { Db } from "@claimdesk/db";
import type { harvestClaimReviewsJob, JobPayload } from "@claimdesk/jobs";

/** Harvests one ClaimReview source now, or every source that is due (the schedule). */
export async function handleHarvestClaimReviews(
  db: Db,
  payload: JobPayload<typeof harvestClaimReviewsJob>,
  options: { fetch?: SafeFetchOptions; maxPages: number },
): Promise<string> {
  const maxPages = payload.maxPages ?? options.maxPages;
  const results: HarvestRunResult[] = payload.sourceId
    ? [await harvestSource(db, payload.sourceId, { fetch: options.fetch, maxPages })]
    : await harvestDueSources(db, { fetch: options.fetch, maxPages });
  const sum = (f: (r: HarvestRunResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const failing = results.filter((r) => !r.ok);
  return (
    `${results.length} sources, ${sum((r) => r.pagesFetched)} pages (${sum((r) => r.pagesFailed)} failed), ` +
    `${sum((r) => r.reviews.created)} reviews imported, ${sum((r) => r.reviews.updated)} updated` +
    (failing.length
      ? `; failing: ${failing.map((f) => `${f.sourceId} (${f.error})`).join("; ")}`
      : "")
  );
}
