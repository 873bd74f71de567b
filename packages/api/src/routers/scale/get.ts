import { getRatingScale } from "@claimdesk/core/ratings";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "../../trpc.ts";
import { toScale, ZScale } from "./schemas.ts";

export const ZScaleGetInput = z.object({ scaleId: z.string().min(1).max(64) });
export const ZScaleGetOutput = ZScale;

export const getScaleProcedure = authedProcedure
  .input(ZScaleGetInput)
  .output(ZScaleGetOutput)
  .query(async ({ ctx, input }) => {
    const scale = await getRatingScale(ctx.db, input.scaleId);
    if (!scale) throw new TRPCError({ code: "NOT_FOUND", message: "Rating scale not found" });
    return toScale(scale);
  });
