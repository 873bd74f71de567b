import { getArticlePage } from "@claimdesk/core/articles";
import { STATEMENT_KINDS } from "@claimdesk/db/statement-kinds";
import { z } from "zod";
import { authedProcedure } from "../../trpc.ts";

export const ZArticleGetInput = z.object({
  id: z.string().min(1).max(64),
  /** 1-based page of the reading view; past the last page gives the last page */
  page: z.number().int().min(1).max(1_000_000).default(1),
});
const ZRange = z.object({ start: z.number(), end: z.number() });
export const ZArticleGetOutput = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.date().nullable(),
  createdAt: z.date(),
  status: z.enum(["queued", "fetching", "extracting", "ready", "failed"]),
  progress: z.number(),
  error: z.string().nullable(),
  /** what extraction left out of a very long article */
  extractionNote: z.string().nullable(),
  page: z.object({
    number: z.number(),
    count: z.number(),
    start: z.number(),
    end: z.number(),
    bodyLength: z.number(),
    statementCount: z.number(),
  }),
  /** statements in the whole article */
  statementCount: z.number(),
  /** this page's text: the article body from page.start to page.end */
  body: z.string(),
  headings: z.array(ZRange),
  statements: z.array(
    z.object({
      id: z.string(),
      start: z.number(),
      end: z.number(),
      text: z.string(),
      kind: z.enum(STATEMENT_KINDS),
      speaker: z.string().nullable(),
      speakerRole: z.string().nullable(),
      checkworthiness: z.number(),
      claimId: z.string().nullable(),
      claimStatus: z.string().nullable(),
      repeatOf: z
        .object({
          claimId: z.string(),
          text: z.string(),
          publisher: z.string().nullable(),
          url: z.string().nullable(),
          score: z.number().nullable(),
          reason: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
});

export const getArticleProcedure = authedProcedure
  .input(ZArticleGetInput)
  .output(ZArticleGetOutput)
  .query(({ ctx, input }) => getArticlePage(ctx.db, input.id, input.page));
