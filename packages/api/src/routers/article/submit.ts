import { submitArticle } from "@claimdesk/core/review";
import { enqueue, extractArticleJob, ingestUrlJob } from "@claimdesk/jobs";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { getJobQueue } from "../admin/job-queue.ts";

export const ZArticleSubmitInput = z.union([
  z.object({ url: z.string().trim().min(1, "Paste the article's address").max(2000) }),
  z.object({ text: z.string().min(1, "Paste the article text").max(2_000_000) }),
]);
export const ZArticleSubmitOutput = z.object({
  articleId: z.string(),
  duplicate: z.boolean(),
  queued: z.boolean(),
});

/** Stores the article and queues the worker (fetch for URLs, extraction for text). */
export const submitArticleProcedure = reviewerProcedure
  .input(ZArticleSubmitInput)
  .output(ZArticleSubmitOutput)
  .mutation(async ({ ctx, input }) => {
    const result = await submitArticle(ctx.db, { ...input, actorId: ctx.user.id });
    if (!result.job)
      return { articleId: result.articleId, duplicate: result.duplicate, queued: false };
    const queue = await getJobQueue();
    if (result.job === "fetch" && result.url) {
      await enqueue(queue, ingestUrlJob, { v: 1, articleId: result.articleId, url: result.url });
    } else {
      await enqueue(queue, extractArticleJob, { v: 1, articleId: result.articleId });
    }
    return { articleId: result.articleId, duplicate: result.duplicate, queued: true };
  });
