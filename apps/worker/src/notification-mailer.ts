import { sendNotificationEmails } from "@claimdesk/core/notifications";
import type { Db } from "@claimdesk/db";
import nodemailer from "nodemailer";
import { log, logError } from "./log.ts";

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
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      try {
        const { sent, failed } = await sendNotificationEmails(db, transport, options);
        if (sent || failed) log(`e-mail notifications: ${sent} sent, ${failed} failed`);
      } catch (error) {
        logError(`e-mail notifications: ${(error as Error).message}`);
      }
      if (!stopping) timer = setTimeout(tick, options.pollMs);
    })();
  };
  tick();
  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
