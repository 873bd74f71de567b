import { setHarvestSourceEnabled } from "@claimdesk/core/harvest";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZHarvestSourceId } from "./schemas.ts";

export const ZHarvestSetEnabledInput = z.object({ id: ZHarvestSourceId, enabled: z.boolean() });
export const ZHarvestSetEnabledOutput = z.object({ id: z.string(), enabled: z.boolean() });

/** Pauses or resumes a ClaimReview source (audited); resuming clears its back-off. */
export const setHarvestSourceEnabledProcedure = adminProcedure
  .input(ZHarvestSetEnabledInput)
  .output(ZHarvestSetEnabledOutput)
  .mutation(async ({ ctx, input }) => {
    const source = await setHarvestSourceEnabled(ctx.db, {
      sourceId: input.id,
      enabled: input.enabled,
      actorId: ctx.user.id,
    });
    return { id: source.id, enabled: source.enabled };
  });
