import { createImportRun, ZImportUpload } from "@claimdesk/core/imports";
import { enqueue, importFileJob } from "@claimdesk/jobs";
import { z } from "zod";
import { requireQueue } from "../../queue.ts";
import { adminProcedure } from "../../trpc.ts";

export const ZImportUploadOutput = z.object({ id: z.string(), jobId: z.string().nullable() });

/** Stores an uploaded LIAR or ClaimReview file (size-limited, validated) and queues its import. */
export const uploadImportProcedure = adminProcedure
  .input(ZImportUpload)
  .output(ZImportUploadOutput)
  .mutation(async ({ ctx, input }) => {
    const run = await createImportRun(ctx.db, { ...input, actorId: ctx.user.id });
    const jobId = await enqueue(await requireQueue(ctx), importFileJob, { v: 1, runId: run.id });
    return { id: run.id, jobId };
  });
