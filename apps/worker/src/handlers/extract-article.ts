import { extractArticle } from "@claimdesk/core/articles";
import { claimArticle, failArticle } from "@claimdesk/core/ingest";
import type { Db } from "@claimdesk/db";
import type { extractArticleJob, JobPayload } from "@claimdesk/jobs";

/**
 * Extracts statements from a stored article (text, uploaded file, or a URL article whose fetch
 * finished before its worker died) and links them to claims. Runs once per article even when the
 * job is delivered twice (claimArticle); a failure is stored on the article and retried.
 */
export async function handleExtractArticle(
  db: Db,
  payload: JobPayload<typeof extractArticleJob>,
  options: { leaseMs: number },
): Promise<string> {
  const { articleId } = payload;
  const claimed = await claimArticle(db, articleId, {
    from: ["queued", "failed"],
    to: "extracting",
    progress: 50,
    leaseMs: options.leaseMs,
  });
  if (!claimed) return "skipped (done or taken by another worker)";
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { contentHash: true },
  });
  if (!article.contentHash) {
    await failArticle(db, articleId, "Extraction failed: the article has no text yet");
    return "skipped (no text)";
  }
  try {
    const result = await extractArticle(db, articleId);
    return `${result.statements} statements, ${result.claims} claims`;
  } catch (error) {
    await failArticle(db, articleId, `Extraction failed: ${(error as Error).message}`);
    throw error;
  }
}
