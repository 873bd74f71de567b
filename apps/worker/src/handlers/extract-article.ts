import { extractArticle } from "@claimdesk/core/articles";
import type { Db } from "@claimdesk/db";
import { extractArticleJob, parsePayload } from "@claimdesk/jobs";

/** Runs extraction for one article; a failure is stored on the article for the UI. */
export async function handleExtractArticle(db: Db, data: unknown) {
  const { articleId } = parsePayload(extractArticleJob, data);
  await db.article.update({ where: { id: articleId }, data: { status: "extracting", progress: 50 } });
  try {
    return await extractArticle(db, articleId);
  } catch (error) {
    await db.article.update({
      where: { id: articleId },
      data: { status: "failed", error: `Extraction failed: ${(error as Error).message}` },
    });
    throw error;
  }
}
