import { auditActionLabel } from "@claimdesk/core/audit/labels";
import { Link } from "@remix-run/react";
import { CorrectionHistory } from "~/components/claim-correction.tsx";
import { StatusBadge } from "~/components/status-badge.tsx";
import { formatDay, formatDayTime } from "~/lib/dates.ts";
import type { ClaimData } from "./types.ts";

const day = (d: string | Date | null) => formatDay(d);

/** Every verdict (corrections included) and the audit trail. */
export function ClaimHistory({ claim }: { claim: ClaimData }) {
  const published = claim.status === "published" && !claim.outside;
  const outside = claim.outside;
  return (
    <section className="card stack" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {claim.ratings.length > 0 ? (
        <>
          <h3>Verdicts</h3>
          <ol className="list">
            {claim.ratings.map((r) => (
              <li key={r.id}>
                {outside ? (
                  <>
                    {r.status === "superseded" ? "Earlier: " : "Current: "}
                    {r.rationale.split("\n")[0]} <span className="muted">({r.label.name})</span>
                  </>
                ) : (
                  <>
                    <strong>{r.label.name}</strong> <StatusBadge status={r.status} /> by{" "}
                    {r.author?.name ?? "a former user"}, {day(r.createdAt)}
                    {r.approver ? `, approved by ${r.approver.name}` : ""}
                  </>
                )}
                {r.correctionNote && !outside ? (
                  <p className="notice">
                    {r.status === "draft"
                      ? "Proposed correction"
                      : r.approvedAt
                        ? "Correction"
                        : "Withdrawn correction"}
                    : {r.correctionNote}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {outside ? null : <CorrectionHistory ratings={claim.ratings} slug={claim.slug} />}
      {published && claim.slug ? (
        <p>
          <Link to={`/fact-checks/${claim.slug}`}>
            Public fact-check: /fact-checks/{claim.slug} →
          </Link>
        </p>
      ) : null}
      <h3>Audit trail</h3>
      <ol className="list audit">
        {claim.audit.map((a) => (
          <li key={a.id}>
            <span title={a.action}>{auditActionLabel(a.action)}</span> by {a.actor ?? "system"} ·{" "}
            {formatDayTime(a.createdAt)}
          </li>
        ))}
        {claim.audit.length === 0 ? <li className="muted">Nothing recorded yet.</li> : null}
      </ol>
    </section>
  );
}
