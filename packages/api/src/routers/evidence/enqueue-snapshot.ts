import { enqueue, snapshotEvidenceJob } from "@claimdesk/jobs";
import { getJobQueue, hasJobQueue } from "../admin/job-queue.ts";

/**
 * Asks the worker to fetch and keep a snapshot of an evidence URL. In a process without a job
 * queue (a script, some tests) the evidence stays "pending" until someone retries.
 */
export async function enqueueSnapshot(evidenceId: string): Promise<boolean> {
  if (!hasJobQueue()) return false;
  await enqueue(await getJobQueue(), snapshotEvidenceJob, { v: 1, evidenceId });
  return true;
}
