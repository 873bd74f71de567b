import { deleteHarvestSource } from "@claimdesk/core/harvest";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZHarvestSourceId } from "./schemas.ts";

export const ZHarvestDeleteInput = z.object({
  id: ZHarvestSourceId,
  /** the admin confirmed: deleting cannot be undone (add the source again to follow it) */
  confirm: z.literal(true, { error: "Confirm the deletion first" }),
});
export const ZHarvestDeleteOutput = z.object({
  id: z.string(),
  url: z.string(),
  name: z.string().nullable(),
  pages: z.number().int(),
  reviews: z.number().int(),
});

/** Stops following a ClaimReview source for good (audited); the checks imported from it stay. */
export const deleteHarvestSourceProcedure = adminProcedure
  .input(ZHarvestDeleteInput)
  .output(ZHarvestDeleteOutput)
  .mutation(({ ctx, input }) =>
    deleteHarvestSource(ctx.db, { sourceId: input.id, actorId: ctx.user.id }),
  );
