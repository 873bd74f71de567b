import { Form } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field.tsx";
import { formatDayTime } from "~/lib/dates.ts";
import type { ClaimData } from "./types.ts";

type Evidence = ClaimData["evidence"][number];

/** The source's domain and its kept snapshot: a link to it, "being taken", or why it failed. */
export function EvidenceSnapshot({ evidence, busy }: { evidence: Evidence; busy: boolean }) {
  const s = evidence.snapshot;
  return (
    // A div, not a p: the retry button's form may not sit in a paragraph (the HTML parser closes
    // the p before it, the page then fails to hydrate and drops clicks and typing).
    <div className="muted small-text evidence-snapshot">
      {s.domain ? <span className="domain">{s.domain}</span> : null}
      {s.status === "stored" ? (
        <>
          {" · "}
          <a href={`/evidence/${evidence.id}/snapshot`}>Snapshot</a> kept{" "}
          {s.fetchedAt ? formatDayTime(s.fetchedAt) : ""}
        </>
      ) : null}
      {s.status === "pending" ? " · snapshot being taken…" : null}
      {s.status === "failed" ? (
        <>
          {" · "}
          <span className="error-text">No snapshot: {s.error}.</span>{" "}
          <RetryButton evidenceId={evidence.id} busy={busy} />
        </>
      ) : null}
      {s.status === null ? (
        <>
          {" · "}no snapshot yet{" "}
          <RetryButton evidenceId={evidence.id} busy={busy} label="Take one" />
        </>
      ) : null}
    </div>
  );
}

function RetryButton({
  evidenceId,
  busy,
  label = "Try again",
}: {
  evidenceId: string;
  busy: boolean;
  label?: string;
}) {
  return (
    <Form method="post" className="inline">
      <CsrfField />
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <button
        type="submit"
        name="intent"
        value="retry-snapshot"
        className="secondary small"
        disabled={busy}
      >
        {label}
      </button>
    </Form>
  );
}
