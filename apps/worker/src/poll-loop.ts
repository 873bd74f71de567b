import { logError } from "./log.ts";

/**
 * Runs `work` now, then again `pollMs` after each run ends, until stopped. A run that throws is
 * logged as "<name>: <message>" and the loop goes on. `stop()` waits for the run in progress
 * and starts no other. The notification mailer and the CDN purger poll through it.
 */
export function startPollLoop(name: string, pollMs: number, work: () => Promise<void>) {
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      try {
        await work();
      } catch (error) {
        logError(`${name}: ${(error as Error).message}`);
      }
      if (!stopping) timer = setTimeout(tick, pollMs);
    })();
  };
  tick();
  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await running;
    },
  };
}
