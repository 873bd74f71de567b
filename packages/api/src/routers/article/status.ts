import { getArticleStatus } from "@claimdesk/core/articles";
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
  .query(({ ctx, input }) => getArticleStatus(ctx.db, input.id));
