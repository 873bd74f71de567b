import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { formatDay } from "~/lib/dates.ts";
import { CsrfField } from "./csrf-field.tsx";
import { VerdictChoices } from "./verdict-choices.tsx";

// Corrections of a published verdict (core/publishing/correct-verdict.ts): an editor proposes a
// corrected verdict with a note for readers; a different editor approves it (two-person rule).

export interface CorrectionRating {
  id: string;
  status: "draft" | "approved" | "superseded";
  label: { id: string; name: string };
  rationale: string;
  author: { id: string; name: string } | null;
  approver: { id: string; name: string } | null;
  approvedAt: string | Date | null;
  correctionNote: string | null;
  supersedesId: string | null;
  createdAt: string | Date;
}

const day = (d: string | Date | null) => formatDay(d);

/** The correction waiting for approval (a draft that replaces a published verdict), if any. */
export function pendingCorrectionOf<R extends CorrectionRating>(ratings: R[]): R | null {
  return ratings.find((r) => r.status === "draft" && r.supersedesId) ?? null;
}

/** Approved corrections, newest first, each with the verdict it replaced. */
export function appliedCorrections<R extends CorrectionRating>(ratings: R[]) {
  const byId = new Map(ratings.map((r) => [r.id, r]));
  return ratings
    .filter((r) => r.correctionNote && r.supersedesId && r.approvedAt)
    .map((r) => ({ rating: r, from: byId.get(r.supersedesId ?? "") ?? null }));
}

export function CorrectionForm({
  labels,
  scaleName,
  currentLabelId,
  busy,
  feedback,
}: {
  labels: { id: string; name: string; description: string | null }[];
  scaleName: string;
  currentLabelId: string | null;
  busy: boolean;
  feedback: ReactNode;
}) {
  return (
    <details>
      <summary>Correct the verdict</summary>
      <Form method="post" className="stack" aria-label="Correct the verdict">
        <CsrfField />
        <p className="hint">
          A correction is a new verdict that replaces the published one. Readers see your correction
          note on the public fact-check. It stays a proposal until{" "}
          <strong>a second editor approves it</strong> (two-person rule); until then the published
          verdict is unchanged.
        </p>
        <VerdictChoices
          legend={`Corrected verdict on the ${scaleName} scale`}
          labels={labels}
          checkedId={currentLabelId}
        />
        <div>
          <label htmlFor="correction-rationale">Corrected rationale</label>
          <textarea id="correction-rationale" name="rationale" rows={5} required minLength={10} />
        </div>
        <div>
          <label htmlFor="correction-note">Correction note (shown to readers)</label>
          <textarea
            id="correction-note"
            name="correctionNote"
            rows={2}
            required
            maxLength={2000}
            placeholder="e.g. An earlier version rated this claim False; new figures show…"
          />
        </div>
        <button type="submit" name="intent" value="correct" disabled={busy}>
          Propose correction
        </button>
        {feedback}
      </Form>
    </details>
  );
}

export function PendingCorrection({
  correction,
  replaces,
  meId,
  isEditor,
  busy,
  feedback,
}: {
  correction: CorrectionRating;
  replaces: CorrectionRating | null;
  meId: string;
  isEditor: boolean;
  busy: boolean;
  feedback: ReactNode;
}) {
  const mine = correction.author?.id === meId;
  return (
    <section className="notice stack" aria-labelledby="pending-correction-h">
      <h3 id="pending-correction-h">Correction waiting for approval</h3>
      <p>
        {replaces ? (
          <>
            <span className="verdict-label">{replaces.label.name}</span> →{" "}
          </>
        ) : null}
        <span className="verdict-label" data-testid="proposed-verdict">
          {correction.label.name}
        </span>
      </p>
      <p className="rationale">{correction.rationale}</p>
      <p>
        <strong>Correction note:</strong> {correction.correctionNote}
      </p>
      <p className="muted small-text">
        Proposed by {correction.author?.name ?? "a former user"} on {day(correction.createdAt)}. The
        public fact-check shows the published verdict until the correction is approved.
      </p>
      {isEditor ? (
        <div className="row">
          {mine ? (
            <p className="muted" data-testid="correction-approval-note">
              Two-person rule: you proposed this correction, so another editor must approve it.
            </p>
          ) : (
            <Form method="post">
              <CsrfField />
              <input type="hidden" name="ratingId" value={correction.id} />
              <button type="submit" name="intent" value="approve-correction" disabled={busy}>
                Approve correction
              </button>
            </Form>
          )}
          <Form method="post">
            <CsrfField />
            <input type="hidden" name="ratingId" value={correction.id} />
            <button
              type="submit"
              name="intent"
              value="withdraw-correction"
              className="secondary"
              disabled={busy}
            >
              Withdraw
            </button>
          </Form>
        </div>
      ) : (
        <p className="muted">An editor approves or withdraws corrections.</p>
      )}
      {feedback}
    </section>
  );
}

/** The history's list of approved corrections (from → to, note, date) with the public page. */
export function CorrectionHistory({
  ratings,
  slug,
}: {
  ratings: CorrectionRating[];
  slug: string | null;
}) {
  const corrections = appliedCorrections(ratings);
  if (corrections.length === 0) return null;
  return (
    <>
      <h3>Corrections</h3>
      <ol className="list" aria-label="Corrections">
        {corrections.map(({ rating, from }) => (
          <li key={rating.id}>
            <p>
              {day(rating.approvedAt)}: <strong>{from?.label.name ?? "earlier verdict"}</strong> →{" "}
              <strong>{rating.label.name}</strong>
            </p>
            <p className="notice">Correction: {rating.correctionNote}</p>
            <p className="muted small-text">
              Proposed by {rating.author?.name ?? "a former user"}, approved by{" "}
              {rating.approver?.name ?? "a former user"}
              {slug ? (
                <>
                  {" · "}
                  <Link to={`/fact-checks/${slug}`}>public fact-check</Link>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
