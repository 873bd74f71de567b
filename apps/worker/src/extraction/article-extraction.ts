import type { ExtractArticleOptions } from "@claimdesk/core/articles";
import type { Db } from "@claimdesk/db";
import type { ExtractionPool } from "./extraction-pool.ts";

/** The extraction settings of this worker (EXTRACTION_* in env.ts). */
export interface ExtractionSettings {
  pool: ExtractionPool;
  timeBudgetMs: number;
  chunkChars: number;
  maxStatements: number;
}

/**
 * Options for extractArticle in this worker: the extractor in the thread pool, the budget, and
 * progress written to the article between `from` and `to` percent after each piece. Each write
 * also renews the article's lease (its updatedAt), so a long extraction is not taken over by the
 * recovery sweep of another worker; `heartbeat` renews it while one piece runs.
 */
export function articleExtractionOptions(
  db: Db,
  articleId: string,
  settings: ExtractionSettings,
  range: { from: number; to: number },
): ExtractArticleOptions {
  let last = range.from;
  return {
    extract: settings.pool.extractor,
    parallelism: settings.pool.size,
    chunkChars: settings.chunkChars,
    timeMs: settings.timeBudgetMs,
    maxStatements: settings.maxStatements,
    onProgress: async (done) => {
      // from + 1 as soon as extraction starts, `to` when the extractor is done
      const progress = Math.floor(range.from + 1 + (range.to - range.from - 1) * done);
      if (progress <= last && done < 1) return;
      last = progress;
      await db.article.updateMany({
        where: { id: articleId, status: { in: ["fetching", "extracting"] } },
        data: { progress },
      });
    },
  };
}

/** Runs `fn`, renewing the article's lease every third of it while `fn` runs. */
export async function withArticleHeartbeat<T>(
  db: Db,
  articleId: string,
  leaseMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  const timer = setInterval(
    () => {
      void db.article
        .updateMany({
          where: { id: articleId, status: { in: ["fetching", "extracting"] } },
          data: { updatedAt: new Date() },
        })
        .catch(() => {});
    },
    Math.max(250, Math.floor(leaseMs / 3)),
  );
  try {
    return await fn();
  } finally {
    clearInterval(timer);
  }
}
