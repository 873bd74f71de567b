import type { Db } from "@claimdesk/db";
import { createTextArticle } from "../articles/create-text-article.ts";
import { loadActor } from "../auth/load-actor.ts";
import { createUrlArticle } from "../ingest/create-url-article.ts";

export type SubmitArticleInput = { actorId: string } & ({ url: string } | { text: string });

/**
 * Stores a submitted article (by URL, to be fetched, or pasted text, to be extracted) and says
 * which job the worker needs: none when it is a duplicate of an article already processed.
 */
export async function submitArticle(db: Db, input: SubmitArticleInput) {
  await loadActor(db, input.actorId, "reviewer");
  if ("text" in input) {
    const { article, duplicate } = await createTextArticle(db, {
      body: input.text,
      source: "text",
      submittedById: input.actorId,
    });
    if (!duplicate) {
      await db.auditEvent.create({
        data: {
          actorId: input.actorId,
          action: "article.submit",
          entityType: "article",
          entityId: article.id,
          data: { source: "text" },
        },
      });
    }
    const job = duplicate && article.status !== "failed" ? null : ("extract" as const);
    return { articleId: article.id, duplicate, job, url: null };
  }
  // The same path as the CLI and feeds: normalised URL (no fragment, no tracking parameters),
  // length cap, and a URL the fetch policy refuses outright stored as failed with its reason.
  const { article, duplicate } = await createUrlArticle(db, {
    url: input.url,
    submittedById: input.actorId,
  });
  // A new queued article is fetched; a new refused one is not (its reason is on it); a known
  // article is fetched again only when its earlier attempt failed.
  const fetch = duplicate ? article.status === "failed" : article.status === "queued";
  return {
    articleId: article.id,
    duplicate,
    job: fetch ? ("fetch" as const) : null,
    url: article.url,
  };
}
