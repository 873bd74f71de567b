import { countNavigation } from "@claimdesk/core/notifications";
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
  .query(({ ctx }) => countNavigation(ctx.db, ctx.user));
