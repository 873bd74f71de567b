import { listArticles } from "@claimdesk/core/articles";
import { z } from "zod";
import { authedProcedure } from "../../trpc.ts";

export const ZArticleListInput = z.object({
  status: z.enum(["queued", "fetching", "extracting", "ready", "failed"]).optional(),
  cursor: z.string().nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const ZArticleListItem = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  status: z.string(),
  error: z.string().nullable(),
  progress: z.number(),
  statementCount: z.number(),
  publishedAt: z.date().nullable(),
  createdAt: z.date(),
});

export const ZArticleListOutput = z.object({
  items: z.array(ZArticleListItem),
  nextCursor: z.string().nullable(),
});

/** The articles list, newest first, paged by cursor. */
export const listArticlesProcedure = authedProcedure
  .input(ZArticleListInput)
  .output(ZArticleListOutput)
  .query(({ ctx, input }) => listArticles(ctx.db, input));
