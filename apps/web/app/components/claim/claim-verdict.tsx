import { Form } from "@remix-run/react";
import {
  CorrectionForm,
  PendingCorrection,
  pendingCorrectionOf,
} from "~/components/claim-correction.tsx";
import { CsrfField } from "~/components/csrf-field.tsx";
import { FactCheckEditorLink } from "~/components/fact-check/editor-link.tsx";
import { StatusBadge } from "~/components/status-badge.tsx";
import { VerdictChoices } from "~/components/verdict-choices.tsx";
import { formatDay } from "~/lib/dates.ts";
import { Feedback } from "./feedback.tsx";
import type { ClaimPageData } from "./types.ts";

const day = (d: string | Date | null) => formatDay(d);

/**
 * The verdict: the current one with its approval and publishing, the rating form, and for a
 * published claim the correction waiting for approval or the form to propose one.
 */
export function ClaimVerdict({
  data: { claim, scale, me, correctionScale },
  busy,
}: {
  data: ClaimPageData;
  busy: boolean;
}) {
  const isEditor = me.role === "editor" || me.role === "admin";
  // A correction waiting for approval is the newest rating, but the published verdict stands
  // until a second editor approves it.
  const pendingCorrection = pendingCorrectionOf(claim.ratings);
  const current =
    claim.ratings.find((r) =>
      pendingCorrection ? r.id === pendingCorrection.supersedesId : r.id === claim.currentRating,
    ) ?? null;
  const published = claim.status === "published";
  return (
    <section className="card stack" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">Verdict</h2>
      {current ? (
        <div className="verdict stack">
          <p>
            <span className="verdict-label">{current.label.name}</span>{" "}
            <StatusBadge status={current.status} />
          </p>
          <p className="rationale">{current.rationale}</p>
          <p className="muted">
            Rated by {current.author?.name ?? "a former user"} on {day(current.createdAt)}
            {current.approver
              ? ` · approved by ${current.approver.name} on ${day(current.approvedAt)}`
              : ""}
          </p>
          {current.status === "draft" ? (
            isEditor && current.author?.id !== me.id ? (
              <Form method="post">
                <CsrfField />
                <input type="hidden" name="ratingId" value={current.id} />
                <button type="submit" name="intent" value="approve" disabled={busy}>
                  Approve verdict
                </button>
              </Form>
            ) : (
              <p className="notice" data-testid="approval-note">
                {current.author?.id === me.id
                  ? "Two-person rule: you wrote this verdict, so another editor must approve it."
                  : "Waiting for an editor to approve this verdict."}
              </p>
            )
          ) : null}
          {(claim.status === "approved" || published) && isEditor ? (
            <FactCheckEditorLink claimId={claim.id} published={published} />
          ) : null}
          {isEditor && (claim.status === "rated" || claim.status === "approved") ? (
            <details>
              <summary>Send back to research</summary>
              <Form method="post" className="stack">
                <CsrfField />
                <div>
                  <label htmlFor="send-back-note">What does the verdict still need?</label>
                  <textarea
                    id="send-back-note"
                    name="note"
                    rows={3}
                    required
                    minLength={3}
                    maxLength={2000}
                  />
                </div>
                <button
                  type="submit"
                  name="intent"
                  value="send-back"
                  className="secondary"
                  disabled={busy}
                >
                  Send back with this note
                </button>
              </Form>
            </details>
          ) : null}
          <Feedback intent={["approve", "publish", "send-back"]} />
        </div>
      ) : (
        <p className="muted">Not rated yet.</p>
      )}
      {!published ? (
        <details open={!current}>
          <summary>{current ? "Change the verdict" : "Rate this claim"}</summary>
          <Form method="post" className="stack">
            <CsrfField />
            <VerdictChoices legend={`Verdict on the ${scale.name} scale`} labels={scale.labels} />
            <div>
              <label htmlFor="rationale">Rationale</label>
              <textarea id="rationale" name="rationale" rows={5} required minLength={10} />
            </div>
            <button type="submit" name="intent" value="rate" disabled={busy}>
              Save verdict
            </button>
            <Feedback intent="rate" only="error" />
          </Form>
        </details>
      ) : null}
      {!published ? (
        // Outside the <details>, which closes once a verdict exists: focus moves here on save.
        <Feedback intent="rate" only="ok" />
      ) : pendingCorrection ? (
        <PendingCorrection
          correction={pendingCorrection}
          replaces={current}
          meId={me.id}
          isEditor={isEditor}
          busy={busy}
          feedback={<Feedback intent={["approve-correction", "withdraw-correction"]} />}
        />
      ) : isEditor && correctionScale ? (
        <>
          <CorrectionForm
            key={claim.ratings.length}
            labels={correctionScale.labels}
            scaleName={correctionScale.name}
            currentLabelId={current?.label.id ?? null}
            busy={busy}
            feedback={<Feedback intent="correct" />}
          />
          <Feedback intent={["approve-correction", "withdraw-correction"]} />
        </>
      ) : (
        <p className="muted">
          Published verdicts are changed with a correction, which editors propose and a second
          editor approves.
        </p>
      )}
    </section>
  );
}
