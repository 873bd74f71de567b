import { z } from "zod";
import { defineJob } from "./define-job.ts";

const ZId = z.string().min(1).max(64);

/** Fetch a URL into an existing article row, then extract it. */
export const ingestUrlJob = defineJob({
  name: "article-ingest-url",
  version: 1,
  payload: z.object({ v: z.literal(1), articleId: ZId, url: z.url({ protocol: /^https?$/ }) }),
});

/** Extract statements from a stored article and match them to claims. */
export const extractArticleJob = defineJob({
  name: "article-extract",
  version: 1,
  payload: z.object({ v: z.literal(1), articleId: ZId }),
});

/** Poll every enabled feed (scheduled), or one feed. */
export const pollFeedsJob = defineJob({
  name: "feeds-poll",
  version: 1,
  payload: z.object({ v: z.literal(1), feedId: ZId.optional() }),
  retryLimit: 0,
});

/**
 * Harvest ClaimReview from the sources that are due (scheduled), or from one source now (an
 * admin's "Harvest now"; `maxPages` bounds the pages fetched in that run).
 */
export const harvestClaimReviewsJob = defineJob({
  name: "claimreview-harvest",
  version: 1,
  payload: z.object({
    v: z.literal(1),
    sourceId: ZId.optional(),
    maxPages: z.number().int().min(1).max(200).optional(),
  }),
  retryLimit: 0,
  expireInSeconds: 60 * 60,
});

/** Run a file an admin uploaded for import (an ImportRun row holds the file and the progress). */
export const importFileJob = defineJob({
  name: "import-file",
  version: 1,
  payload: z.object({ v: z.literal(1), runId: ZId }),
  retryLimit: 0,
  expireInSeconds: 60 * 60,
});

/** Rebuild every search index; resumable from the ReindexRun row. */
export const reindexJob = defineJob({
  name: "search-reindex",
  version: 1,
  payload: z.object({ v: z.literal(1), runId: ZId.optional() }),
  retryLimit: 5,
  expireInSeconds: 4 * 60 * 60,
});

/** Fetch an evidence URL (SSRF-guarded) and keep a readable snapshot of it. */
export const snapshotEvidenceJob = defineJob({
  name: "evidence-snapshot",
  version: 1,
  payload: z.object({ v: z.literal(1), evidenceId: ZId }),
  retryLimit: 0,
});

export const allJobs = [
  ingestUrlJob,
  extractArticleJob,
  pollFeedsJob,
  reindexJob,
  harvestClaimReviewsJob,
  importFileJob,
  snapshotEvidenceJob,
];
