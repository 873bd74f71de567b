import { setDefaultRatingScale } from "@claimdesk/core/ratings";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";

export const ZScaleSetDefaultInput = z.object({ scaleId: z.string().min(1).max(64) });
export const ZScaleSetDefaultOutput = z.object({ id: z.string(), isDefault: z.boolean() });

/** Admins choose the scale new ratings and imports use. */
export const setDefaultScaleProcedure = adminProcedure
  .input(ZScaleSetDefaultInput)
  .output(ZScaleSetDefaultOutput)
  .mutation(async ({ ctx, input }) => {
    const scale = await setDefaultRatingScale(ctx.db, {
      actorId: ctx.user.id,
      scaleId: input.scaleId,
    });
    return { id: scale.id, isDefault: scale.isDefault };
  });
