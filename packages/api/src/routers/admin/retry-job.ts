import { recordAuditEvent } from "@claimdesk/core/audit";
import { allJobs } from "@claimdesk/jobs";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { getJobQueue } from "./job-queue.ts";

const names = allJobs.map((j) => j.name) as [string, ...string[]];
export const ZAdminRetryJobInput = z.object({ name: z.enum(names), id: z.uuid() });
export const ZAdminRetryJobOutput = z.object({ ok: z.literal(true) });

export const retryJobProcedure = adminProcedure
  .input(ZAdminRetryJobInput)
  .output(ZAdminRetryJobOutput)
  .mutation(async ({ ctx, input }) => {
    const queue = await getJobQueue();
    await queue.retry(input.name, input.id);
    await ctx.db.$transaction((tx) =>
      recordAuditEvent(tx, {
        actorId: ctx.user.id,
        action: "job.retry",
        entityType: "job",
        entityId: input.id,
        data: { name: input.name },
      }),
    );
    return { ok: true as const };
  });
