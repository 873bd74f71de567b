const LABELS: Record<string, string> = {
  new: "New",
  in_research: "In research",
  rated: "Rated",
  approved: "Approved",
  published: "Published",
  queued: "Queued",
  fetching: "Fetching",
  extracting: "Extracting",
  ready: "Ready",
  failed: "Failed",
  draft: "Draft",
  superseded: "Superseded",
};

/** How a status is written on the page: "In research" for `in_research`. */
export function statusLabel(status: string): string {
  return LABELS[status] ?? status.replace("_", " ");
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status}`}>{statusLabel(status)}</span>;
}
