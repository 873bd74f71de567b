import { CLAIM_STATUS_LABEL, RATING_STATUS_LABEL } from "@claimdesk/core/workflow/labels";

// Claim and verdict statuses are written as the workflow (core/workflow) names them; article
// statuses are the ingest pipeline's.
const LABELS: Record<string, string> = {
  ...CLAIM_STATUS_LABEL,
  ...RATING_STATUS_LABEL,
  // search's word for a published fact-check that was taken back (search's load-documents.ts)
  retracted: "Retracted",
  queued: "Queued",
  fetching: "Fetching",
  extracting: "Extracting",
  ready: "Ready",
  failed: "Failed",
};

/** How a status is written on the page: "In research" for `in_research`. */
export function statusLabel(status: string): string {
  return LABELS[status] ?? status.replace("_", " ");
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status}`}>{statusLabel(status)}</span>;
}
