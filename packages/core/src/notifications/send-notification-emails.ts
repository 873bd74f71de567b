import type { Db } from "@claimdesk/db";

/** What sending needs from a mail client (nodemailer's SMTP transport in the worker). */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

interface EmailOptions {
  from: string;
  /** the desk's address, for the link to the claim (PUBLIC_ORIGIN) */
  origin: string;
}

type Pending = {
  id: string;
  kind: string;
  message: string;
  claimId: string | null;
  user: { email: string; name: string };
};

const SUBJECTS: Record<string, string> = {
  "claim.sent_back": "A verdict of yours was sent back to research",
};

/** The e-mail for one notification: plain text, the message and a link to the claim. */
export function buildNotificationEmail(notification: Pending, options: EmailOptions) {
  const link = notification.claimId
    ? `\n\nOpen the claim: ${new URL(`/claims/${notification.claimId}`, options.origin).href}`
    : "";
  return {
    from: options.from,
    to: notification.user.email,
    subject: `claimdesk: ${SUBJECTS[notification.kind] ?? "something for you on the desk"}`,
    text: `Hello ${notification.user.name},\n\n${notification.message}${link}\n\n— claimdesk (your notifications are also listed on the desk's Notifications page)\n`,
  };
}

/**
 * Sends the notifications not e-mailed yet (newer than `maxAgeMs`: a desk that configures SMTP
 * later is not flooded with old news), one at a time under a row lock (`SKIP LOCKED`, so two
 * workers never send the same one). A failed send is kept with its error and not retried in a
 * loop; the notification stays in the app. Returns how many were sent and failed.
 */
export async function sendNotificationEmails(
  db: Db,
  transport: MailTransport,
  options: EmailOptions & { batchSize?: number; maxAgeMs?: number },
) {
  const since = new Date(Date.now() - (options.maxAgeMs ?? 2 * 24 * 3600_000));
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < (options.batchSize ?? 20); i++) {
    const outcome = await db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ id: string }[]>`
        select id from "Notification"
        where "emailedAt" is null and "emailError" is null and "createdAt" >= ${since}
        order by "createdAt" limit 1 for update skip locked`;
        if (!row) return "none" as const;
        const notification = await tx.notification.findUniqueOrThrow({
          where: { id: row.id },
          select: {
            id: true,
            kind: true,
            message: true,
            claimId: true,
            user: { select: { email: true, name: true } },
          },
        });
        try {
          await transport.sendMail(buildNotificationEmail(notification, options));
          await tx.notification.update({ where: { id: row.id }, data: { emailedAt: new Date() } });
          return "sent" as const;
        } catch (error) {
          const reason = String((error as Error)?.message ?? error)
            .split("\n")[0]!
            .slice(0, 300);
          await tx.notification.update({ where: { id: row.id }, data: { emailError: reason } });
          return "failed" as const;
        }
      },
      { timeout: 60_000 },
    );
    if (outcome === "none") break;
    if (outcome === "sent") sent++;
    else failed++;
  }
  return { sent, failed };
}
