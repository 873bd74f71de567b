import { enqueue, snapshotEvidenceJob } from "@claimdesk/jobs";
import type { Context } from "../../context.ts";

/**
 * Asks the worker to fetch and keep a snapshot of an evidence URL. In a process without a job
 * queue (a script, some tests) the evidence stays "pending" until someone retries.
 */
export async function enqueueSnapshot(
  ctx: Pick<Context, "queue">,
  evidenceId: string,
): Promise<boolean> {
  if (!ctx.queue) return false;
  await enqueue(await ctx.queue.get(), snapshotEvidenceJob, { v: 1, evidenceId });
  return true;
}
