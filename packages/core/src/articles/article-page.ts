import type { Db } from "@claimdesk/db";
import { splitParagraphs } from "@claimdesk/extraction";
import { notFound } from "../errors.ts";
import { splitForExtraction, type TextRange } from "./split-for-extraction.ts";

/** Characters of body text per page of the article view (about eight printed pages). */
export const ARTICLE_PAGE_CHARS = 20_000;
/** Statements listed per page at most (a page of 20,000 characters rarely holds 300). */
export const MAX_STATEMENTS_PER_PAGE = 500;

/**
 * The pages of a body: consecutive ranges of at most `pageChars`, cut where extraction cuts
 * (a blank line, a line break, a sentence end outside quotation marks), so a page holds whole
 * paragraphs and whole quotes. Linear in the body; needs no statements.
 */
export function articlePageRanges(body: string, pageChars = ARTICLE_PAGE_CHARS): TextRange[] {
  return splitForExtraction(body, pageChars);
}

// splitParagraphs takes the first line as the title unless one is given; this one never matches.
const NO_TITLE = "\u0000";

/**
 * Headings on a page, as offsets into the body: the lines the extractor itself treats as
 * headings (a line of its own, at most 120 characters and 16 words, without closing sentence
 * punctuation, or starting with "#"), and never a line that holds a statement.
 */
export function pageHeadings(
  body: string,
  range: TextRange,
  statements: { start: number; end: number }[],
): TextRange[] {
  const slice = body.slice(range.start, range.end);
  const headings: TextRange[] = [];
  for (const block of splitParagraphs(slice, NO_TITLE).blocks) {
    if (!block.heading) continue;
    const start = range.start + block.start;
    const end = range.start + block.end;
    if (statements.some((s) => s.start < end && s.end > start)) continue;
    headings.push({ start, end });
  }
  return headings;
}

/**
 * One page of an article for the reading view: its metadata, the body text of the page, the
 * statements that start on it (ordered by offset) and its headings. Work per request is bounded
 * by the page, not by the article: one read of the article row, one count and one page of
 * statements (issue 16: a 19,307-statement article once took 17 s and failed with a 12 MB page).
 * `page` is 1-based and clamped to the article's pages.
 */
export async function getArticlePage(db: Db, articleId: string, requestedPage = 1) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: { outlet: { select: { name: true } } },
  });
  if (!article) throw notFound("Article");
  const ranges = articlePageRanges(article.body);
  const number = Math.min(Math.max(1, Math.floor(requestedPage) || 1), ranges.length);
  const range = ranges[number - 1]!;
  const where = { articleId, start: { gte: range.start, lt: range.end } };
  const [statementCount, statements] = await Promise.all([
    db.statement.count({ where: { articleId } }),
    db.statement.findMany({
      where,
      orderBy: [{ start: "asc" }, { end: "desc" }],
      take: MAX_STATEMENTS_PER_PAGE,
      include: {
        speaker: { select: { name: true } },
        claim: { select: { id: true, status: true } },
        repeatOf: {
          select: { id: true, text: true, externalPublisher: true, externalUrl: true, slug: true },
        },
      },
    }),
  ]);
  const pageStatementCount =
    statements.length < MAX_STATEMENTS_PER_PAGE
      ? statements.length
      : await db.statement.count({ where });
  // A statement that starts on this page is shown whole, even if it runs past the cut.
  const end = Math.min(article.body.length, Math.max(range.end, ...statements.map((s) => s.end)));
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
    page: {
      number,
      count: ranges.length,
      /** this page's text is body.slice(start, end) */
      start: range.start,
      end,
      bodyLength: article.body.length,
      /** statements starting on this page (more than are listed when over the per-page cap) */
      statementCount: pageStatementCount,
    },
    statementCount,
    body: article.body.slice(range.start, end),
    headings: pageHeadings(article.body, { start: range.start, end }, statements),
    statements: statements.map((s) => ({
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
