import { setFeedEnabled } from "@claimdesk/core/ingest";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZFeedId } from "./schemas.ts";

export const ZFeedSetEnabledInput = z.object({ id: ZFeedId, enabled: z.boolean() });
export const ZFeedSetEnabledOutput = z.object({ id: z.string(), enabled: z.boolean() });

/** Pauses or resumes a feed (audited); resuming clears its back-off. */
export const setFeedEnabledProcedure = adminProcedure
  .input(ZFeedSetEnabledInput)
  .output(ZFeedSetEnabledOutput)
  .mutation(async ({ ctx, input }) => {
    const feed = await setFeedEnabled(ctx.db, {
      feedId: input.id,
      enabled: input.enabled,
      actorId: ctx.user.id,
    });
    return { id: feed.id, enabled: feed.enabled };
  });
