import type { ArticleSource, Db } from "@claimdesk/db";
import { badRequest } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";
import { contentHash } from "./content-hash.ts";

export const MAX_ARTICLE_CHARS = 2_000_000;

/** Splits pasted text into title (first non-empty line) and body (the rest). */
export function splitTitle(text: string): { title: string; body: string } {
  const normalised = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const lines = normalised.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first === -1) return { title: "", body: "" };
  return {
    title: lines[first]!.trim(),
    body: lines
      .slice(first + 1)
      .join("\n")
      .replace(/^\n+/, ""),
  };
}

/**
 * Stores a new article from plain text (status queued, for the worker to extract), or returns
 * the existing one with the same URL or content (de-duplication), with `duplicate: true`.
 */
export async function createTextArticle(
  db: Db,
  input: {
    title?: string;
    body: string;
    url?: string | null;
    byline?: string | null;
    publishedAt?: Date | null;
    source?: ArticleSource;
    submittedById?: string | null;
    outletId?: string | null;
    html?: string | null;
    language?: string | null;
  },
) {
  let { title, body } = input.title
    ? { title: input.title.trim(), body: input.body }
    : splitTitle(input.body);
  body = body.replace(/\r\n?/g, "\n");
  if (body.includes("\u0000")) throw badRequest("The text contains binary data (NUL bytes).");
  if (!title) throw badRequest("The article needs a title: put it on the first line.");
  if (!body.trim()) throw badRequest("The article has a title but no text below it.");
  if (body.length > MAX_ARTICLE_CHARS) {
    throw badRequest(
      `The article is ${(body.length / 1e6).toFixed(1)} M characters; the limit is 2 M.`,
    );
  }
  if (title.length > 500) title = `${title.slice(0, 497)}…`;
  const hash = contentHash(title, body);
  const existing = await db.article.findFirst({
    where: { OR: [{ contentHash: hash }, ...(input.url ? [{ url: input.url }] : [])] },
  });
  if (existing) return { article: existing, duplicate: true as const };
  const article = await db.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: {
        title,
        body,
        url: input.url ?? null,
        byline: input.byline ?? null,
        publishedAt: input.publishedAt ?? null,
        html: input.html ?? null,
        language: input.language ?? null,
        contentHash: hash,
        source: input.source ?? "text",
        submittedById: input.submittedById ?? null,
        outletId: input.outletId ?? null,
        status: "queued",
      },
    });
    await enqueueIndexChanges(tx, "article", [created.id]);
    return created;
  });
  return { article, duplicate: false as const };
}
