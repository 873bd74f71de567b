import type { Db } from "@claimdesk/db";
import { createTextArticle } from "../articles/create-text-article.ts";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../claims/load-actor.ts";
import { badRequest } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";

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
  let url: URL;
  try {
    url = new URL(input.url.trim());
  } catch {
    throw badRequest("That is not a web address: paste a full URL starting with https://.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw badRequest("Only http:// and https:// addresses can be fetched.");
  url.hash = "";
  const href = url.toString();
  const existing = await db.article.findUnique({ where: { url: href } });
  if (existing)
    return {
      articleId: existing.id,
      duplicate: true,
      job: existing.status === "failed" ? ("fetch" as const) : null,
      url: href,
    };
  const article = await db.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: {
        url: href,
        title: href,
        source: "url",
        status: "queued",
        submittedById: input.actorId,
      },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "article.submit",
      entityType: "article",
      entityId: created.id,
      data: { source: "url", url: href },
    });
    await enqueueIndexChanges(tx, "article", [created.id]);
    return created;
  });
  return { articleId: article.id, duplicate: false, job: "fetch" as const, url: href };
}
