import { enqueue, pollFeedsJob } from "@claimdesk/jobs";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { getJobQueue } from "../admin/job-queue.ts";
import { ZFeedId } from "./schemas.ts";

export const ZFeedPollInput = z.object({ id: ZFeedId });
export const ZFeedPollOutput = z.object({ jobId: z.string().nullable() });

/** Has the worker poll one feed now rather than at the next scheduled poll. */
export const pollFeedProcedure = adminProcedure
  .input(ZFeedPollInput)
  .output(ZFeedPollOutput)
  .mutation(async ({ ctx, input }) => {
    const feed = await ctx.db.feed.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!feed) throw new TRPCError({ code: "NOT_FOUND", message: "Feed not found" });
    const queue = await getJobQueue();
    // One queued poll per feed at a time: pressing the button twice does not poll twice.
    const jobId = await enqueue(
      queue,
      pollFeedsJob,
      { v: 1, feedId: feed.id },
      { singletonKey: `feed:${feed.id}`, singletonSeconds: 30 },
    );
    return { jobId };
  });
