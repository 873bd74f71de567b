import { sendNotificationEmails } from "@claimdesk/core/notifications";
import type { Db } from "@claimdesk/db";
import nodemailer from "nodemailer";
import { log } from "./log.ts";
import { startPollLoop } from "./poll-loop.ts";

/**
 * E-mails notifications when SMTP is configured (SMTP_URL): every `pollMs` it sends what has not
 * been sent (sendNotificationEmails: one at a time, FOR UPDATE SKIP LOCKED, so several workers
 * share the work and none sends twice). Off, and says so once, without SMTP_URL.
 */
export function startNotificationMailer(
  db: Db,
  options: { smtpUrl?: string; from: string; origin: string; pollMs: number },
) {
  if (!options.smtpUrl) {
    log("e-mail notifications: off (set SMTP_URL to send them)");
    return { stop: async () => {} };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  log(`e-mail notifications: on, through ${new URL(options.smtpUrl).host}`);
  const loop = startPollLoop("e-mail notifications", options.pollMs, async () => {
    const { sent, failed } = await sendNotificationEmails(db, transport, options);
    if (sent || failed) log(`e-mail notifications: ${sent} sent, ${failed} failed`);
  });
  return {
    async stop() {
      await loop.stop();
      transport.close();
    },
  };
}
