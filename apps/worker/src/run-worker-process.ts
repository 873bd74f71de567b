import { readWorkerEnv } from "./env.ts";
import { logError } from "./log.ts";
import { type StartWorkerOptions, startWorker } from "./start-worker.ts";

/** Starts a worker in this process and stops it gracefully on SIGTERM/SIGINT (exit 0). */
export async function runWorkerProcess(options: Omit<StartWorkerOptions, "env"> = {}) {
  const env = readWorkerEnv();
  const worker = await startWorker({ ...options, env });
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
        logError("shutdown failed", { err: error });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  return worker;
}
