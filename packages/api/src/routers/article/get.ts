import { getArticleWithStatements } from "@claimdesk/core/review";
import { z } from "zod";
import { authedProcedure } from "../../trpc.ts";

export const ZArticleGetInput = z.object({ id: z.string().min(1).max(64) });
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
  body: z.string(),
  statements: z.array(
    z.object({
      id: z.string(),
      start: z.number(),
      end: z.number(),
      text: z.string(),
      kind: z.string(),
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
  .query(({ ctx, input }) => getArticleWithStatements(ctx.db, input.id));
