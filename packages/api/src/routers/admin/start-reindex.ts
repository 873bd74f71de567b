import { recordAuditEvent } from "@claimdesk/core/audit";
import { enqueue, reindexJob } from "@claimdesk/jobs";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { getJobQueue } from "./job-queue.ts";

export const ZAdminStartReindexInput = z.object({}).default({});
export const ZAdminStartReindexOutput = z.object({
  jobId: z.string().nullable(),
  alreadyQueued: z.boolean(),
});

/** Queues a full, resumable search reindex (one at a time). */
export const startReindexProcedure = adminProcedure
  .input(ZAdminStartReindexInput)
  .output(ZAdminStartReindexOutput)
  .mutation(async ({ ctx }) => {
    const queue = await getJobQueue();
    const jobId = await enqueue(queue, reindexJob, { v: 1 }, { singletonKey: "reindex" });
    await ctx.db.$transaction((tx) =>
      recordAuditEvent(tx, {
        actorId: ctx.user.id,
        action: "search.reindex",
        entityType: "search",
        entityId: jobId ?? "queued",
        data: {},
      }),
    );
    return { jobId, alreadyQueued: jobId === null };
  });
