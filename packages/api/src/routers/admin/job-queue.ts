import type { Queue } from "@claimdesk/jobs";
import { TRPCError } from "@trpc/server";

let provider: (() => Promise<Queue>) | undefined;

/**
 * The process's producer queue (pg-boss, supervise off). The web app registers it once at start
 * (apps/web/app/services/queue.server.ts); procedures that enqueue ask for it here.
 */
export function setJobQueueProvider(next: () => Promise<Queue>) {
  provider = next;
}

export async function getJobQueue(): Promise<Queue> {
  if (!provider) {
    throw new TRPCError({
      code: "SERVICE_UNAVAILABLE" as never,
      message: "The job queue is not available in this process.",
    });
  }
  return provider();
}

export function hasJobQueue(): boolean {
  return provider !== undefined;
}
