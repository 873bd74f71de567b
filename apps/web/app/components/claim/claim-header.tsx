import { CLAIM_STATUSES, CLAIM_STEP_LABEL } from "@claimdesk/core/workflow/labels";
import { Form, Link } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field.tsx";
import { StatusBadge } from "~/components/status-badge.tsx";
import { checkworthinessWords } from "~/lib/checkworthiness.ts";
import { formatDay } from "~/lib/dates.ts";
import { ClaimTitle } from "./claim-title.tsx";
import { Feedback } from "./feedback.tsx";
import type { ClaimData, Me } from "./types.ts";

const day = (d: string | Date | null) => formatDay(d);

/** The claim, its speaker, where it stands in the workflow, and who works on it. */
export function ClaimHeader({ claim, me, busy }: { claim: ClaimData; me: Me; busy: boolean }) {
  const published = claim.status === "published";
  return (
    <header className="stack">
      <p className="muted">
        Claim · <StatusBadge status={claim.status} /> ·{" "}
        <span title={checkworthinessWords(claim.checkworthiness).title}>
          check-worthiness {checkworthinessWords(claim.checkworthiness).text}
        </span>
        {claim.claimDate ? ` · said ${day(claim.claimDate)}` : ""}
      </p>
      <ClaimTitle claim={claim} linkSpeaker />
      <WorkflowSteps status={claim.status} />
      <div className="row">
        <span>
          Assigned to:{" "}
          <strong>
            {claim.assignee
              ? claim.assignee.id === me.id
                ? "you"
                : claim.assignee.name
              : "nobody"}
          </strong>
        </span>
        {!published && claim.assignee?.id !== me.id ? (
          <Form method="post">
            <CsrfField />
            <button
              type="submit"
              name="intent"
              value="assign-me"
              className="secondary small"
              disabled={busy}
            >
              Assign to me
            </button>
          </Form>
        ) : null}
        {!published && claim.assignee?.id === me.id ? (
          <Form method="post">
            <CsrfField />
            <button
              type="submit"
              name="intent"
              value="unassign"
              className="secondary small"
              disabled={busy}
            >
              Unassign
            </button>
          </Form>
        ) : null}
        {claim.status === "new" ? (
          <Form method="post">
            <CsrfField />
            <button
              type="submit"
              name="intent"
              value="research"
              className="secondary small"
              disabled={busy}
            >
              Start research
            </button>
          </Form>
        ) : null}
        {published && claim.slug ? (
          <Link to={`/fact-checks/${claim.slug}`}>Public fact-check →</Link>
        ) : null}
      </div>
      <Feedback intent={["assign-me", "unassign", "research"]} />
    </header>
  );
}

function WorkflowSteps({ status }: { status: ClaimData["status"] }) {
  const stepIndex = CLAIM_STATUSES.indexOf(status);
  return (
    <ol className="stepper" aria-label="Workflow">
      {CLAIM_STATUSES.map((s, i) => (
        <li
          key={s}
          className={i < stepIndex ? "done" : i === stepIndex ? "current" : ""}
          aria-current={i === stepIndex ? "step" : undefined}
        >
          {CLAIM_STEP_LABEL[s]}
        </li>
      ))}
    </ol>
  );
}
