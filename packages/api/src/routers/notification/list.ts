import { listNotifications } from "@claimdesk/core/notifications";
import { z } from "zod";
import { authedProcedure } from "../../trpc.ts";

export const ZNotificationListInput = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
});
export const ZNotificationListOutput = z.object({
  total: z.number(),
  unread: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      message: z.string(),
      actorName: z.string().nullable(),
      createdAt: z.date(),
      readAt: z.date().nullable(),
      claim: z.object({ id: z.string(), text: z.string(), status: z.string() }).nullable(),
    }),
  ),
});

/** The signed-in person's notifications, newest first. */
export const listNotificationsProcedure = authedProcedure
  .input(ZNotificationListInput)
  .output(ZNotificationListOutput)
  .query(async ({ ctx, input }) => {
    const result = await listNotifications(ctx.db, { userId: ctx.user.id, page: input.page });
    return {
      ...result,
      items: result.items.map((n) => ({
        id: n.id,
        kind: n.kind,
        message: n.message,
        actorName: n.actorName,
        createdAt: n.createdAt,
        readAt: n.readAt,
        claim: n.claim,
      })),
    };
  });
