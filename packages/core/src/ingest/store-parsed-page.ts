import type { Db } from "@claimdesk/db";
import { contentHash } from "../articles/content-hash.ts";
import { MAX_ARTICLE_CHARS } from "../articles/create-text-article.ts";
import { recordAuditEvent } from "../audit/index.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";
import { FetchRefusedError } from "./errors.ts";
import type { ParsedPage } from "./parse-html.ts";
import { upsertOutlet } from "./upsert-outlet.ts";

export type StoreOutcome =
  | { stored: true }
  | { stored: false; duplicateOf: { id: string; title: string } };

/**
 * Writes a parsed page into an existing article (status extracting, progress 70), unless the
 * same text is already stored under another article: then this one is marked failed with
 * "Duplicate of …" and nothing else changes.
 */
export async function storeParsedPage(
  db: Db,
  articleId: string,
  page: ParsedPage,
  options: { host?: string | null } = {},
): Promise<StoreOutcome> {
  if (!page.body.trim()) throw new FetchRefusedError("the page has no readable text");
  if (page.body.length > MAX_ARTICLE_CHARS) {
    throw new FetchRefusedError(
      `the text is ${(page.body.length / 1e6).toFixed(1)} M characters; the limit is 2 M`,
    );
  }
  const hash = contentHash(page.title, page.body);
  const duplicate = await db.article.findFirst({
    where: { contentHash: hash, id: { not: articleId } },
    select: { id: true, title: true },
  });
  if (duplicate) {
    await db.$transaction(async (tx) => {
      await tx.article.update({
        where: { id: articleId },
        data: {
          status: "failed",
          progress: 100,
          error: `Duplicate: the same text is already stored as "${duplicate.title}" (${duplicate.id})`,
        },
      });
      await enqueueIndexChanges(tx, "article", [articleId]);
    });
    return { stored: false, duplicateOf: duplicate };
  }
  await db.$transaction(async (tx) => {
    const outlet = options.host
      ? await upsertOutlet(tx, { host: options.host, name: page.siteName })
      : null;
    await tx.article.update({
      where: { id: articleId },
      data: {
        title: page.title,
        body: page.body,
        html: page.html,
        byline: page.byline,
        publishedAt: page.publishedAt,
        language: page.language,
        contentHash: hash,
        ...(outlet ? { outletId: outlet.id } : {}),
        status: "extracting",
        progress: 70,
      },
    });
    await recordAuditEvent(tx, {
      actorId: null,
      action: "article.fetch",
      entityType: "article",
      entityId: articleId,
      data: { title: page.title, chars: page.body.length },
    });
    await enqueueIndexChanges(tx, "article", [articleId]);
  });
  return { stored: true };
}
