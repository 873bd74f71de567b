import { startReindex, ZStartReindexOutput } from "@claimdesk/jobs/operations";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { getSearchBackend } from "../search/backend.ts";
import { getJobQueue } from "./job-queue.ts";

export const ZAdminStartReindexInput = z.object({}).default({});
export const ZAdminStartReindexOutput = ZStartReindexOutput;

/** Starts a full, resumable reindex for a worker to run (or returns the one running); audited. */
export const startReindexProcedure = adminProcedure
  .input(ZAdminStartReindexInput)
  .output(ZAdminStartReindexOutput)
  .mutation(async ({ ctx }) =>
    startReindex(ctx.db, await getJobQueue(), {
      backendKind: getSearchBackend().kind,
      actorId: ctx.user.id,
    }),
  );
