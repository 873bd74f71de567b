import { updateRatingScale, ZRatingScaleInput } from "@claimdesk/core/ratings";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { toScale, ZScale } from "./schemas.ts";

export const ZScaleUpdateInput = z.object({
  scaleId: z.string().min(1).max(64),
  scale: ZRatingScaleInput,
});
export const ZScaleUpdateOutput = ZScale;

/** Admins edit a scale; labels in use cannot be removed (core explains why). */
export const updateScaleProcedure = adminProcedure
  .input(ZScaleUpdateInput)
  .output(ZScaleUpdateOutput)
  .mutation(async ({ ctx, input }) =>
    toScale(
      await updateRatingScale(ctx.db, {
        actorId: ctx.user.id,
        scaleId: input.scaleId,
        scale: input.scale,
      }),
    ),
  );
