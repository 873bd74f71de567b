import { snapshotEvidence } from "@claimdesk/core/evidence";
import type { SafeFetchOptions } from "@claimdesk/core/ingest";
import type { Db } from "@claimdesk/db";
import type { JobPayload, snapshotEvidenceJob } from "@claimdesk/jobs";

/**
 * Fetches one evidence URL through the SSRF guard and stores its snapshot, or why it failed
 * (the reviewer retries from the claim page; the job itself does not retry).
 */
export async function handleSnapshotEvidence(
  db: Db,
  payload: JobPayload<typeof snapshotEvidenceJob>,
  options: { fetch?: SafeFetchOptions },
): Promise<string> {
  const result = await snapshotEvidence(db, payload.evidenceId, { fetch: options.fetch });
  return `${result.status}: ${result.detail}`;
}
