import { startReindex, ZStartReindexOutput } from "@claimdesk/jobs/operations";
import { z } from "zod";
import { requireQueue } from "../../queue.ts";
import { adminProcedure } from "../../trpc.ts";

export const ZAdminStartReindexInput = z.object({}).default({});
export const ZAdminStartReindexOutput = ZStartReindexOutput;

/** Starts a full, resumable reindex for a worker to run (or returns the one running); audited. */
export const startReindexProcedure = adminProcedure
  .input(ZAdminStartReindexInput)
  .output(ZAdminStartReindexOutput)
  .mutation(async ({ ctx }) =>
    startReindex(ctx.db, await requireQueue(ctx), {
      backendKind: ctx.search.kind,
      actorId: ctx.user.id,
    }),
  );
