import { listHarvestSources } from "@claimdesk/core/harvest";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZHarvestSource } from "./schemas.ts";

export const ZHarvestListOutput = z.object({ sources: z.array(ZHarvestSource) });

/** Every ClaimReview source with its state: last and next run, pages seen/imported/failed, errors. */
export const listHarvestSourcesProcedure = adminProcedure
  .output(ZHarvestListOutput)
  .query(async ({ ctx }) => ({ sources: await listHarvestSources(ctx.db) }));
