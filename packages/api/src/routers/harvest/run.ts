import { harvestSourceNow } from "@claimdesk/jobs/operations";
import { z } from "zod";
import { requireQueue } from "../../queue.ts";
import { adminProcedure } from "../../trpc.ts";
import { ZHarvestSourceId } from "./schemas.ts";

export const ZHarvestRunInput = z.object({ id: ZHarvestSourceId });
export const ZHarvestRunOutput = z.object({ jobId: z.string().nullable() });

/** Has the worker harvest one source now rather than when it is next due (paused: refused). */
export const runHarvestSourceProcedure = adminProcedure
  .input(ZHarvestRunInput)
  .output(ZHarvestRunOutput)
  .mutation(async ({ ctx, input }) => harvestSourceNow(ctx.db, await requireQueue(ctx), input.id));
