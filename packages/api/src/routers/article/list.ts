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

export const listArticlesProcedure = authedProcedure
  .input(ZArticleListInput)
  .output(ZArticleListOutput)
  .query(async ({ ctx, input }) => {
    const rows = await ctx.db.article.findMany({
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
  });
