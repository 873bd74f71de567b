import type { Prisma } from "@claimdesk/db";

export type NotificationKind = "claim.sent_back";

/**
 * Tells one person something, in the caller's transaction: shown in the app at once, and
 * e-mailed by the worker when SMTP is configured (sendNotificationEmails).
 */
export async function notifyUser(
  tx: Prisma.TransactionClient,
  input: {
    userId: string;
    kind: NotificationKind;
    message: string;
    claimId?: string | null;
    actorName?: string | null;
  },
) {
  return tx.notification.create({
    data: {
      userId: input.userId,
      kind: input.kind,
      message: input.message,
      claimId: input.claimId ?? null,
      actorName: input.actorName ?? null,
    },
  });
}
