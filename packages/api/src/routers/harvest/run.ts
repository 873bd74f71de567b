import { enqueue, harvestClaimReviewsJob } from "@claimdesk/jobs";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { getJobQueue } from "../admin/job-queue.ts";
import { ZHarvestSourceId } from "./schemas.ts";

export const ZHarvestRunInput = z.object({ id: ZHarvestSourceId });
export const ZHarvestRunOutput = z.object({ jobId: z.string().nullable() });

/** Has the worker harvest one source now rather than when it is next due. */
export const runHarvestSourceProcedure = adminProcedure
  .input(ZHarvestRunInput)
  .output(ZHarvestRunOutput)
  .mutation(async ({ ctx, input }) => {
    const source = await ctx.db.harvestSource.findUnique({
      where: { id: input.id },
      select: { id: true, enabled: true },
    });
    if (!source)
      throw new TRPCError({ code: "NOT_FOUND", message: "ClaimReview source not found" });
    if (!source.enabled)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "This source is paused: resume it first.",
      });
    const queue = await getJobQueue();
    const jobId = await enqueue(
      queue,
      harvestClaimReviewsJob,
      { v: 1, sourceId: source.id },
      { singletonKey: `harvest:${source.id}`, singletonSeconds: 30 },
    );
    return { jobId };
  });
