import { ingestUrlArticle, type SafeFetchOptions } from "@claimdesk/core/ingest";
import type { Db } from "@claimdesk/db";
import type { ingestUrlJob, JobPayload } from "@claimdesk/jobs";
import type { ClaimMatchSource } from "@claimdesk/search";
import {
  articleExtractionOptions,
  type ExtractionSettings,
  withArticleHeartbeat,
} from "../extraction/article-extraction.ts";
import { flagRepeats } from "./extract-article.ts";

/**
 * Fetches, reads and extracts one URL article. Refusals and permanent HTTP errors are stored on
 * the article and end the job; transient errors are stored and thrown, so pg-boss retries.
 */
export async function handleIngestUrl(
  db: Db,
  payload: JobPayload<typeof ingestUrlJob>,
  options: {
    leaseMs: number;
    fetch?: SafeFetchOptions;
    matches?: ClaimMatchSource;
    extraction?: ExtractionSettings;
  },
): Promise<string> {
  const { articleId } = payload;
  const result = await withArticleHeartbeat(db, articleId, options.leaseMs, () =>
    ingestUrlArticle(db, articleId, {
      leaseMs: options.leaseMs,
      fetch: options.fetch,
      extraction: options.extraction
        ? articleExtractionOptions(db, articleId, options.extraction, { from: 70, to: 95 })
        : undefined,
    }),
  );
  switch (result.outcome) {
    case "ready": {
      const repeats = options.matches
        ? await flagRepeats(db, options.matches, payload.articleId)
        : "";
      return `ready, ${result.statements} statements${repeats}`;
    }
    case "skipped":
      return `skipped (${result.reason})`;
    case "duplicate":
      return `duplicate of ${result.duplicateOf}`;
    case "refused":
    case "failed":
      return result.error;
  }
}
