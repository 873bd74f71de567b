import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Feedback } from "~/components/claim/feedback.tsx";
import { CsrfField } from "~/components/csrf-field.tsx";

/** The confirmation step: what goes out, where, and the one button that publishes it. */
export function PublishConfirm({
  claimId,
  headline,
  verdict,
  url,
  storyUpdatedAt,
  busy,
}: {
  claimId: string;
  headline: string;
  verdict: string;
  url: string;
  storyUpdatedAt: string;
  busy: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card stack confirm" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" ref={heading} tabIndex={-1}>
        Publish this fact-check?
      </h2>
      <p>
        “{headline}” with the verdict <strong>{verdict}</strong> goes public at{" "}
        <code className="break">{url}</code>, in the ClaimReview feed, for everyone at once. After
        this, its verdict changes only by a correction or a retraction.
      </p>
      <div className="row">
        <Form method="post">
          <CsrfField />
          <input type="hidden" name="storyUpdatedAt" value={storyUpdatedAt} />
          <button type="submit" name="intent" value="publish" disabled={busy}>
            Yes, publish now
          </button>
        </Form>
        <Link to={`/claims/${claimId}/fact-check`} className="button secondary">
          Cancel
        </Link>
      </div>
      <Feedback intent="publish" />
    </section>
  );
}

/** A published fact-check: its address, and retracting it with a note readers will see. */
export function PublishedPanel({
  url,
  retracted,
  justPublished,
  busy,
}: {
  url: string;
  retracted: boolean;
  justPublished: boolean;
  busy: boolean;
}) {
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justPublished) note.current?.focus();
  }, [justPublished]);
  return (
    <section className="card stack" aria-labelledby="published-heading">
      <h2 id="published-heading">{retracted ? "Retracted" : "Published"}</h2>
      {justPublished ? (
        <p role="status" className="ok-text" ref={note} tabIndex={-1}>
          Published. Readers and ClaimReview consumers see it now.
        </p>
      ) : null}
      <p>
        <a href={url}>{url}</a>
      </p>
      {retracted ? (
        <p className="notice">
          This fact-check is retracted: its page shows the retraction note instead of the verdict.
        </p>
      ) : (
        <details>
          <summary>Retract this fact-check</summary>
          <Form method="post" className="stack">
            <CsrfField />
            <div>
              <label htmlFor="retraction-note">Public note: why is it retracted?</label>
              <textarea
                id="retraction-note"
                name="note"
                rows={3}
                required
                minLength={10}
                maxLength={2000}
              />
            </div>
            <label>
              <input type="checkbox" name="understood" required /> Readers will see this note
              instead of the verdict; the ClaimReview feed marks the item retracted.
            </label>
            <button type="submit" name="intent" value="retract" className="danger" disabled={busy}>
              Retract the fact-check
            </button>
          </Form>
        </details>
      )}
      <Feedback intent="retract" />
    </section>
  );
}
