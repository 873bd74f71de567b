import type { Db } from "@claimdesk/db";
import { notFound } from "../errors.ts";

/** An article with its statements (ordered by offset) for the highlighted reading view. */
export async function getArticleWithStatements(db: Db, articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      outlet: { select: { name: true } },
      statements: {
        orderBy: [{ start: "asc" }, { end: "desc" }],
        include: {
          speaker: { select: { name: true } },
          claim: { select: { id: true, status: true } },
          repeatOf: {
            select: {
              id: true,
              text: true,
              externalPublisher: true,
              externalUrl: true,
              slug: true,
            },
          },
        },
      },
    },
  });
  if (!article) throw notFound("Article");
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    byline: article.byline,
    outlet: article.outlet?.name ?? null,
    publishedAt: article.publishedAt,
    createdAt: article.createdAt,
    status: article.status,
    progress: article.progress,
    error: article.error,
    extractionNote: article.extractionNote,
    body: article.body,
    statements: article.statements.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      text: s.text,
      kind: s.kind,
      speaker: s.speaker?.name ?? null,
      speakerRole: s.speakerRole,
      checkworthiness: s.checkworthiness,
      claimId: s.claimId,
      claimStatus: s.claim?.status ?? null,
      // "said it again": the published fact-check this statement repeats (matcher, same claim)
      repeatOf: s.repeatOf
        ? {
            claimId: s.repeatOf.id,
            text: s.repeatOf.text,
            publisher: s.repeatOf.externalPublisher,
            url:
              s.repeatOf.externalUrl ??
              (s.repeatOf.slug ? `/fact-checks/${s.repeatOf.slug}` : null),
            score: s.repeatScore,
            reason: s.repeatReason,
          }
        : null,
    })),
  };
}
