import type { Queue } from "@claimdesk/jobs";
import { TRPCError } from "@trpc/server";
import type { Context } from "./context.ts";

/** The context's job queue, for a procedure that cannot do its work without one. */
export async function requireQueue(ctx: Pick<Context, "queue">): Promise<Queue> {
  if (!ctx.queue) {
    throw new TRPCError({
      code: "SERVICE_UNAVAILABLE" as never,
      message: "The job queue is not available in this process.",
    });
  }
  return ctx.queue.get();
}
