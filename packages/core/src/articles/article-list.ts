import type { Db, IngestStatus } from "@claimdesk/db";
import { notFound } from "../errors.ts";

/** The articles list, newest first, paged by cursor (the last id of the previous page). */
export async function listArticles(
  db: Db,
  input: { status?: IngestStatus; cursor?: string | null; limit: number },
) {
  const rows = await db.article.findMany({
    where: input.status ? { status: input.status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      title: true,
      url: true,
      status: true,
      error: true,
      progress: true,
      publishedAt: true,
      createdAt: true,
      outlet: { select: { name: true } },
      _count: { select: { statements: true } },
    },
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      outlet: r.outlet?.name ?? null,
      status: r.status,
      error: r.error,
      progress: r.progress,
      statementCount: r._count.statements,
      publishedAt: r.publishedAt,
      createdAt: r.createdAt,
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Where an article's fetching and extraction stand (the submit page polls it). */
export async function getArticleStatus(db: Db, id: string) {
  const a = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      progress: true,
      error: true,
      _count: { select: { statements: true } },
    },
  });
  if (!a) throw notFound("Article");
  return {
    id: a.id,
    status: a.status,
    progress: a.progress,
    error: a.error,
    statementCount: a._count.statements,
  };
}
