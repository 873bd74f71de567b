import { Link } from "@remix-run/react";
import type { ClaimData } from "./types.ts";

/**
 * The claim's wording and who said it, at the top of the claim page: the desk's own claims and
 * earlier checks by other organisations alike; the desk's link the speaker to their page.
 */
export function ClaimTitle({
  claim,
  linkSpeaker,
}: {
  claim: Pick<ClaimData, "text" | "speaker">;
  linkSpeaker: boolean;
}) {
  const name = claim.speaker ? <strong>{claim.speaker.name}</strong> : null;
  return (
    <>
      <h1 className="claim-text">
        <q>{claim.text}</q>
      </h1>
      <p>
        {claim.speaker ? (
          <>
            {linkSpeaker ? <Link to={`/speakers/${claim.speaker.id}`}>{name}</Link> : name}
            {claim.speaker.role ? `, ${claim.speaker.role}` : ""}
          </>
        ) : (
          <span className="muted">Speaker unknown</span>
        )}
      </p>
    </>
  );
}
