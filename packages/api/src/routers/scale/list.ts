import { listRatingScales } from "@claimdesk/core/ratings";
import { z } from "zod";
import { authedProcedure } from "../../trpc.ts";
import { toScale, ZScale } from "./schemas.ts";

export const ZScaleListInput = z.object({}).default({});
export const ZScaleListOutput = z.object({ items: z.array(ZScale) });

/** Every rating scale with its labels (anyone signed in). */
export const listScalesProcedure = authedProcedure
  .input(ZScaleListInput)
  .output(ZScaleListOutput)
  .query(async ({ ctx }) => ({ items: (await listRatingScales(ctx.db)).map(toScale) }));
