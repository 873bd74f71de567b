import { Link } from "@remix-run/react";
import { StatusBadge } from "../status-badge.tsx";

/** A claim as a speaker's page lists it: its text, its verdict (whose) and where it stands. */
export function SpeakerClaimLine({
  claim,
}: {
  claim: {
    id: string;
    text: string;
    status: string;
    verdict: string | null;
    outside: boolean;
    publisher: string | null;
  };
}) {
  return (
    <>
      <Link to={`/claims/${claim.id}`}>“{claim.text}”</Link>{" "}
      {claim.verdict ? (
        <span className="verdict-chip">
          {claim.verdict}
          {claim.outside ? ` (${claim.publisher ?? "imported"})` : ""}
        </span>
      ) : (
        <span className="muted small-text">no verdict yet</span>
      )}{" "}
      {claim.outside ? null : <StatusBadge status={claim.status} />}
    </>
  );
}
