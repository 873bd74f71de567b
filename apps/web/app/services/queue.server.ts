import { setJobQueueProvider } from "@claimdesk/api";
import { type Queue, startQueue } from "@claimdesk/jobs";
import { webEnv } from "./env.server.ts";

let queue: Promise<Queue> | undefined;

/** One producer queue per server process (pg-boss without maintenance: workers do that). */
export function getQueue(): Promise<Queue> {
  queue ??= startQueue(webEnv().DATABASE_URL, { supervise: false, max: 2 }).catch(
    (error: unknown) => {
      queue = undefined;
      throw error;
    },
  );
  return queue;
}

let registered = false;

/** Lets the API's procedures enqueue through this process's queue (called by the tRPC entry points). */
export function registerJobQueue() {
  if (registered) return;
  registered = true;
  setJobQueueProvider(getQueue);
}
