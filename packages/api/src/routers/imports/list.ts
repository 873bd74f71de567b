import { listImportRuns } from "@claimdesk/core/imports";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";

export const ZImportRun = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  total: z.number().int(),
  done: z.number().int(),
  progress: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(z.object({ item: z.string(), message: z.string() })),
  failure: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
export const ZImportListOutput = z.object({ runs: z.array(ZImportRun) });

/** The newest uploaded imports with their progress and per-item errors. */
export const listImportsProcedure = adminProcedure
  .output(ZImportListOutput)
  .query(async ({ ctx }) => ({ runs: await listImportRuns(ctx.db) }));
