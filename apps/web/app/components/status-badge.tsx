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

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status}`}>{LABELS[status] ?? status}</span>;
}
