import { listAwaitingApproval } from "@claimdesk/core/review";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZReviewApprovalsInput = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export const ZReviewApprovalsOutput = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(
    z.object({
      ratingId: z.string(),
      kind: z.enum(["verdict", "correction"]),
      claimId: z.string(),
      text: z.string(),
      speaker: z.string().nullable(),
      verdict: z.string(),
      rationale: z.string(),
      ratedBy: z.string().nullable(),
      ratedAt: z.date(),
    }),
  ),
});

/** Verdicts (and corrections) written by others, waiting for this editor's approval. */
export const approvalsProcedure = editorProcedure
  .input(ZReviewApprovalsInput)
  .output(ZReviewApprovalsOutput)
  .query(({ ctx, input }) => listAwaitingApproval(ctx.db, { ...input, editorId: ctx.user.id }));
