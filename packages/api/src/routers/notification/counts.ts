import { hasRole } from "@claimdesk/core/auth";
import { countUnreadNotifications } from "@claimdesk/core/notifications";
import { countAwaitingApproval } from "@claimdesk/core/review";
import { z } from "zod";
import { authedProcedure } from "../../trpc.ts";

export const ZNotificationCountsInput = z.object({}).default({});
export const ZNotificationCountsOutput = z.object({
  unread: z.number(),
  /** verdicts waiting for this editor's approval; null for reviewers */
  awaitingApproval: z.number().nullable(),
});

/** The numbers in the navigation: unread notifications, and for editors the approval list. */
export const countsProcedure = authedProcedure
  .input(ZNotificationCountsInput)
  .output(ZNotificationCountsOutput)
  .query(async ({ ctx }) => {
    const [unread, awaitingApproval] = await Promise.all([
      countUnreadNotifications(ctx.db, ctx.user.id),
      hasRole(ctx.user.role, "editor") ? countAwaitingApproval(ctx.db, ctx.user.id) : null,
    ]);
    return { unread, awaitingApproval };
  });
