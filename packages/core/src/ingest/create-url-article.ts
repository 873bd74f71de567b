import type { ArticleSource, Db } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { badRequest } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";
import { FetchRefusedError } from "./errors.ts";
import { normalizeArticleUrl } from "./normalize-url.ts";
import { checkUrl, type UrlPolicyOptions } from "./url-policy.ts";

/**
 * Stores a URL to be fetched by the worker (status queued), or returns the article already
 * stored for the same normalised URL (`duplicate: true`). A URL the fetch policy refuses outright
 * (credentials, port, a private IP literal) is stored as failed with the reason, so the person
 * who submitted it sees why; one that is not http(s) is refused with a BAD_REQUEST. The caller enqueues ingestUrlJob for a new queued article.
 */
export async function createUrlArticle(
  db: Db,
  input: {
    url: string;
    submittedById?: string | null;
    source?: ArticleSource;
    outletId?: string | null;
    title?: string | null;
  },
  /** tests only: `{ allowLoopbackForTests: true }` */
  policy: UrlPolicyOptions = {},
) {
  const raw = input.url.trim();
  if (!raw) throw badRequest("Enter the address of the article (https://…).");
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw))
    throw badRequest(`"${raw.slice(0, 100)}" is not a full URL: start it with https://`);
  const url = normalizeArticleUrl(raw);
  if (url.length > 2048) throw badRequest("The URL is longer than 2048 characters.");
  // Refusals are stored as failed, so the submitter sees why, except for a URL that is not a
  // valid http(s) URL, which is refused without being stored: the article page links to its URL, and a stored
  // javascript: or data: URL would be a script link in the desk.
  let refusal: string | null = null;
  try {
    checkUrl(url, policy);
  } catch (error) {
    if (!(error instanceof FetchRefusedError)) throw error;
    if (!URL.canParse(url) || !/^https?:\/\//i.test(url))
      throw badRequest(`${error.message}: start it with https://`);
    refusal = error.message;
  }
  const existing = await db.article.findUnique({ where: { url } });
  if (existing) return { article: existing, duplicate: true as const };
  const article = await db.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: {
        url,
        title: input.title?.trim().slice(0, 500) || url.slice(0, 500),
        source: input.source ?? "url",
        submittedById: input.submittedById ?? null,
        outletId: input.outletId ?? null,
        status: refusal ? "failed" : "queued",
        error: refusal,
      },
    });
    await enqueueIndexChanges(tx, "article", [created.id]);
    await recordAuditEvent(tx, {
      actorId: input.submittedById ?? null,
      action: "article.submit",
      entityType: "article",
      entityId: created.id,
      data: { url, source: created.source, refused: refusal },
    });
    return created;
  });
  return { article, duplicate: false as const };
}
