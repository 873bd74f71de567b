import type { Db } from "@claimdesk/db";
import { type SearchBackend, syncOutbox } from "@claimdesk/search";
import { log, logError } from "./log.ts";

/**
 * Keeps the search index in step with the database: drains OutboxEvent rows with syncOutbox
 * (claimed FOR UPDATE SKIP LOCKED, so several workers share the work), back to back while there
 * is a backlog, then every `pollMs` (default 200 ms: a due-events check is one index lookup).
 * Failed events are retried with backoff and marked dead after too many attempts (by syncOutbox).
 * `stop()` lets the current batch finish.
 */
export function startOutboxLoop(
  db: Db,
  backend: SearchBackend,
  options: { pollMs: number; batchSize: number },
) {
  let stopping = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  const loop = (async () => {
    let failures = 0;
    while (!stopping) {
      let busy = false;
      try {
        const result = await syncOutbox(db, backend, { batchSize: options.batchSize });
        const handled = result.processed + result.failed + result.dead;
        busy = handled >= options.batchSize;
        if (result.failed || result.dead) {
          log(
            `outbox: ${result.processed} indexed, ${result.failed} failed (will retry), ${result.dead} dead`,
          );
        }
        failures = 0;
      } catch (error) {
        failures++;
        logError("outbox: sync failed", { err: error });
        await sleep(Math.min(30_000, 500 * 2 ** failures));
        continue;
      }
      if (!busy && !stopping) await sleep(options.pollMs);
    }
  })();
  return {
    /** Wakes the loop now (e.g. after a local write). */
    wake: () => wake?.(),
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
