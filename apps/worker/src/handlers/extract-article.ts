import { AUTO_CLAIM_THRESHOLD, extractArticle } from "@claimdesk/core/articles";
import { claimArticle, failArticle } from "@claimdesk/core/ingest";
import type { Db } from "@claimdesk/db";
import type { extractArticleJob, JobPayload } from "@claimdesk/jobs";
import { type ClaimMatchSource, flagRepeatedStatements } from "@claimdesk/search";
import {
  articleExtractionOptions,
  type ExtractionSettings,
  withArticleHeartbeat,
} from "../extraction/article-extraction.ts";

/**
 * Extracts statements from a stored article (text, uploaded file, or a URL article whose fetch
 * finished before its worker died) and links them to claims. Runs once per article even when the
 * job is delivered twice (claimArticle); a failure is stored on the article and retried.
 */
export async function handleExtractArticle(
  db: Db,
  payload: JobPayload<typeof extractArticleJob>,
  options: { leaseMs: number; matches?: ClaimMatchSource; extraction?: ExtractionSettings },
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
    const result = await withArticleHeartbeat(db, articleId, options.leaseMs, () =>
      extractArticle(
        db,
        articleId,
        options.extraction
          ? articleExtractionOptions(db, articleId, options.extraction, { from: 50, to: 90 })
          : {},
      ),
    );
    const repeats = options.matches ? await flagRepeats(db, options.matches, articleId) : "";
    return `${result.statements} statements, ${result.claims} claims${repeats}`;
  } catch (error) {
    await failArticle(db, articleId, `Extraction failed: ${(error as Error).message}`);
    throw error;
  }
}

/**
 * "Said it again": flags the article's check-worthy statements that repeat a published
 * fact-check. A failure here only loses the flags (logged in the job summary), never the
 * extraction.
 */
export async function flagRepeats(
  db: Db,
  matches: ClaimMatchSource,
  articleId: string,
): Promise<string> {
  try {
    const r = await flagRepeatedStatements(db, matches, articleId, {
      minCheckworthiness: AUTO_CLAIM_THRESHOLD,
    });
    return `, ${r.flagged} repeats of checked claims (${r.checked} matched${r.skipped ? `, ${r.skipped} over budget` : ""}, ${r.ms} ms)`;
  } catch (error) {
    return `, repeats not checked: ${(error as Error).message}`;
  }
}
