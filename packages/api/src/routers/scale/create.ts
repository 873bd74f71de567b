import { createRatingScale, ZRatingScaleInput } from "@claimdesk/core/ratings";
import { adminProcedure } from "../../trpc.ts";
import { toScale, ZScale } from "./schemas.ts";

export const ZScaleCreateInput = ZRatingScaleInput;
export const ZScaleCreateOutput = ZScale;

/** Admins define a new scale. */
export const createScaleProcedure = adminProcedure
  .input(ZScaleCreateInput)
  .output(ZScaleCreateOutput)
  .mutation(async ({ ctx, input }) =>
    toScale(await createRatingScale(ctx.db, { actorId: ctx.user.id, scale: input })),
  );
