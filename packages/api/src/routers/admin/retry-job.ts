import { retryFailedJob, ZRetryOutput } from "@claimdesk/jobs/operations";
import { z } from "zod";
import { requireQueue } from "../../queue.ts";
import { adminProcedure } from "../../trpc.ts";

export const ZAdminRetryJobInput = z.object({ id: z.uuid() });
export const ZAdminRetryJobOutput = ZRetryOutput;

/** Retries one failed job (by pg-boss id), audited as this admin. */
export const retryJobProcedure = adminProcedure
  .input(ZAdminRetryJobInput)
  .output(ZAdminRetryJobOutput)
  .mutation(async ({ ctx, input }) =>
    retryFailedJob(ctx.db, await requireQueue(ctx), { id: input.id, actorId: ctx.user.id }),
  );
