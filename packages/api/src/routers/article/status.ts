import { notFound } from "@claimdesk/core/errors";
import { z } from "zod";
import { authedProcedure } from "../../trpc.ts";

export const ZArticleStatusInput = z.object({ id: z.string().min(1).max(64) });
export const ZArticleStatusOutput = z.object({
  id: z.string(),
  status: z.enum(["queued", "fetching", "extracting", "ready", "failed"]),
  progress: z.number(),
  error: z.string().nullable(),
  statementCount: z.number(),
});

/** Cheap poll target for the submit page's progress bar. */
export const articleStatusProcedure = authedProcedure
  .input(ZArticleStatusInput)
  .output(ZArticleStatusOutput)
  .query(async ({ ctx, input }) => {
    const a = await ctx.db.article.findUnique({
      where: { id: input.id },
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
  });
