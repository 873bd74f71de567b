import { readWorkerEnv } from "./env.ts";
import { logError } from "./log.ts";
import { startWorker } from "./start-worker.ts";

const env = readWorkerEnv();
const worker = await startWorker({ env });

let signals = 0;
const shutdown = (signal: string) => {
  signals++;
  if (signals > 1) {
    logError(`${signal} again: exiting now`);
    process.exit(1);
  }
  worker.stop().then(
    () => process.exit(0),
    (error: Error) => {
      logError(`shutdown failed: ${error.message}`);
      process.exit(1);
    },
  );
};
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
