import { markNotificationsRead } from "@claimdesk/core/notifications";
import { z } from "zod";
import { authedProcedure } from "../../trpc.ts";

export const ZNotificationMarkReadInput = z.object({
  /** the ones to mark; all of the person's unread ones when missing */
  ids: z.array(z.string().min(1).max(64)).max(100).optional(),
});
export const ZNotificationMarkReadOutput = z.object({ marked: z.number() });

export const markReadProcedure = authedProcedure
  .input(ZNotificationMarkReadInput)
  .output(ZNotificationMarkReadOutput)
  .mutation(async ({ ctx, input }) => ({
    marked: await markNotificationsRead(ctx.db, { userId: ctx.user.id, ids: input.ids }),
  }));
