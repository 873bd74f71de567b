import type { Db } from "@claimdesk/db";
import {
  type ArticleDetails,
  checkOriginalUrl,
  checkPublishedAt,
  resolveOutlet,
} from "../articles/article-details.ts";
import { createTextArticle } from "../articles/create-text-article.ts";
import { loadActor } from "../auth/load-actor.ts";
import { createFileArticle } from "../ingest/create-file-article.ts";
import { createUrlArticle } from "../ingest/create-url-article.ts";

/** What is submitted: a URL to fetch, or pasted text or a file with what the reviewer says of it. */
export type ArticleSubmission =
  | { url: string }
  | ({ text: string } & ArticleDetails)
  | ({ file: { name: string; content: string } } & ArticleDetails);
export type SubmitArticleInput = { actorId: string } & ArticleSubmission;

/**
 * Stores a submitted article (by URL, to be fetched; pasted text or an uploaded .txt/.html
 * file, to be extracted, with the headline, outlet, publication date and original URL the
 * reviewer gives) and says which job the worker needs: none when it is a duplicate of an
 * article already processed.
 */
export async function submitArticle(db: Db, input: SubmitArticleInput) {
  await loadActor(db, input.actorId, "reviewer");
  if ("text" in input || "file" in input) {
    const url = checkOriginalUrl(input.url);
    const publishedAt = checkPublishedAt(input.publishedAt);
    const outletId = await resolveOutlet(db, { outlet: input.outlet, url });
    const details = {
      title: input.headline?.trim() || undefined,
      url,
      publishedAt,
      outletId,
      submittedById: input.actorId,
    };
    const source = "text" in input ? ("text" as const) : ("file" as const);
    const { article, duplicate } =
      "text" in input
        ? await createTextArticle(db, { ...details, body: input.text, source })
        : await createFileArticle(db, {
            ...details,
            fileName: input.file.name,
            content: input.file.content,
          });
    if (!duplicate) {
      await db.auditEvent.create({
        data: {
          actorId: input.actorId,
          action: "article.submit",
          entityType: "article",
          entityId: article.id,
          data: {
            source,
            ...("file" in input ? { fileName: input.file.name } : {}),
            headline: details.title ?? null,
            outletId,
            publishedAt: publishedAt?.toISOString() ?? null,
            url,
          },
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
