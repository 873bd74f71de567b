import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";

/**
 * Marks an article failed with a reason a person can read, in the audit trail too, and tells
 * the search index (an article's status is part of its search document).
 */
export async function failArticle(db: Db, articleId: string, error: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.article.update({
      where: { id: articleId },
      data: { status: "failed", error: error.slice(0, 1000) },
    });
    await recordAuditEvent(tx, {
      actorId: null,
      action: "article.fail",
      entityType: "article",
      entityId: articleId,
      data: { error },
    });
    await enqueueIndexChanges(tx, "article", [articleId]);
  });
}
