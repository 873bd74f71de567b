import { ARTICLE_DETAIL_LIMITS } from "@claimdesk/core/articles";
import { MAX_FILE_BYTES } from "@claimdesk/core/ingest";
import { type ArticleSubmission, submitArticle } from "@claimdesk/core/review";
import { enqueue, extractArticleJob, ingestUrlJob } from "@claimdesk/jobs";
import { z } from "zod";
import { requireQueue } from "../../queue.ts";
import { reviewerProcedure } from "../../trpc.ts";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);
/** What the reviewer says about pasted text or a file; the publication date is a desk date. */
const ZArticleDetails = z.object({
  headline: optional(ARTICLE_DETAIL_LIMITS.headline),
  outlet: optional(ARTICLE_DETAIL_LIMITS.outlet),
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-01")
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "That day does not exist")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  originalUrl: optional(ARTICLE_DETAIL_LIMITS.url).pipe(
    z.url({ protocol: /^https?$/, error: "Give the original URL as http(s)://…" }).optional(),
  ),
});

export const ZArticleSubmitInput = z.union([
  z.object({ url: z.string().trim().min(1, "Paste the article's address").max(2000) }),
  ZArticleDetails.extend({ text: z.string().min(1, "Paste the article text").max(2_000_000) }),
  ZArticleDetails.extend({
    file: z.object({
      name: z
        .string()
        .trim()
        .min(1)
        .max(255)
        .regex(/\.(txt|text|md|html?|xhtml)$/i, "Upload a .txt or .html file"),
      content: z
        .string()
        .min(1, "The file is empty")
        .max(MAX_FILE_BYTES, "The file is over the 5 MB limit"),
    }),
  }),
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
    const result = await submitArticle(ctx.db, { ...toSubmission(input), actorId: ctx.user.id });
    if (!result.job)
      return { articleId: result.articleId, duplicate: result.duplicate, queued: false };
    const queue = await requireQueue(ctx);
    if (result.job === "fetch" && result.url) {
      await enqueue(queue, ingestUrlJob, { v: 1, articleId: result.articleId, url: result.url });
    } else {
      await enqueue(queue, extractArticleJob, { v: 1, articleId: result.articleId });
    }
    return { articleId: result.articleId, duplicate: result.duplicate, queued: true };
  });

type Submission = z.infer<typeof ZArticleSubmitInput>;

/** The API's field names and desk dates → core's input. */
function toSubmission(input: Submission): ArticleSubmission {
  if ("url" in input) return { url: input.url };
  const details = {
    headline: input.headline,
    outlet: input.outlet,
    publishedAt: input.publishedOn ? new Date(`${input.publishedOn}T00:00:00Z`) : null,
    url: input.originalUrl ?? null,
  };
  return "text" in input ? { ...details, text: input.text } : { ...details, file: input.file };
}
