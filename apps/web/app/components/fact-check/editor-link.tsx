import { Link } from "@remix-run/react";

/** From the claim page to its fact-check editor (write, preview, publish; or retract). */
export function FactCheckEditorLink({
  claimId,
  published,
}: {
  claimId: string;
  published: boolean;
}) {
  return (
    <p>
      <Link className="button" to={`/claims/${claimId}/fact-check`}>
        {published ? "Fact-check editor: page, retraction" : "Write and publish the fact-check"}
      </Link>
    </p>
  );
}
