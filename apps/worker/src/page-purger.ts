import { sendPagePurges } from "@claimdesk/core/publishing";
import type { Db } from "@claimdesk/db";
import { log, logError } from "./log.ts";
import { startPollLoop } from "./poll-loop.ts";

/**
 * Purges changed public pages from the CDN when CDN_PURGE_URL is set: every `pollMs` it sends the
 * queued purges (PagePurge rows, written with each publication, correction and retraction) as
 * one `POST {"urls": [...]}`. Off, and says so once, without CDN_PURGE_URL: pages then expire
 * within their max-age (one minute for pages changed in the last hour).
 */
export function startPagePurger(
  db: Db,
  options: { purgeUrl?: string; token?: string; origin: string; pollMs: number },
) {
  if (!options.purgeUrl) {
    log("CDN purge: off (set CDN_PURGE_URL to purge changed fact-check pages)");
    return { stop: async () => {} };
  }
  const purgeUrl = options.purgeUrl;
  log(`CDN purge: on, through ${new URL(purgeUrl).host}`);
  return startPollLoop("CDN purge", options.pollMs, async () => {
    const result = await sendPagePurges(db, { ...options, purgeUrl });
    if (result.purged) log(`CDN purge: ${result.urls.length} URLs purged`);
    if (result.failed) logError(`CDN purge failed (will retry): ${result.error}`);
  });
}
