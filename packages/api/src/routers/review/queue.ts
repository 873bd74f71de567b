import { listReviewQueue } from "@claimdesk/core/review";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZReviewQueueInput = z.object({
  scope: z.enum(["open", "unassigned", "mine"]).default("open"),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export const ZReviewQueueOutput = z.object({
  total: z.number(),
  page: z.number(),
  pageCount: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      status: z.string(),
      checkworthiness: z.number(),
      createdAt: z.date(),
      speaker: z.string().nullable(),
      assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
      appearances: z.number(),
      evidence: z.number(),
      /** a statement of this claim repeats a published fact-check ("said it again") */
      repeatOf: z.object({ claimId: z.string(), text: z.string() }).nullable(),
    }),
  ),
});

export const queueProcedure = reviewerProcedure
  .input(ZReviewQueueInput)
  .output(ZReviewQueueOutput)
  .query(({ ctx, input }) => listReviewQueue(ctx.db, { ...input, userId: ctx.user.id }));
