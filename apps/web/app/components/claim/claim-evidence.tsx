import { Form } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field.tsx";
import { formatDay } from "~/lib/dates.ts";
import { EvidenceSnapshot } from "./evidence-snapshot.tsx";
import { Feedback } from "./feedback.tsx";
import type { ClaimData } from "./types.ts";

const day = (d: string | Date | null) => formatDay(d);

/** The sources checked: each with edit and remove (undoable), and the form to add one. */
export function ClaimEvidence({ claim, busy }: { claim: ClaimData; busy: boolean }) {
  const live = claim.evidence.filter((e) => !e.deletedAt);
  const removed = claim.evidence.filter((e) => e.deletedAt);
  const published = claim.status === "published";
  return (
    <section className="card stack" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence ({live.length})</h2>
      {claim.status === "approved" ? (
        <p className="notice">
          The verdict is approved on this evidence: changing it withdraws the approval, and an
          editor approves the verdict again.
        </p>
      ) : null}
      <Feedback
        intent={["remove-evidence", "restore-evidence", "update-evidence", "retry-snapshot"]}
      />
      {live.length === 0 ? (
        <p className="muted">No evidence yet. Add the sources you checked.</p>
      ) : null}
      <ul className="list" aria-label="Evidence">
        {live.map((e) => (
          <li key={e.id} className="stack evidence-item">
            <div>
              <span className={`stance stance-${e.stance}`}>{e.stance}</span>{" "}
              <a href={e.url} target="_blank" rel="noreferrer noopener">
                {e.title}
              </a>
            </div>
            <EvidenceSnapshot evidence={e} busy={busy} />
            {e.excerpt ? <blockquote>{e.excerpt}</blockquote> : null}
            <p className="muted small-text">
              Added by {e.addedBy ?? "a former user"} on {day(e.createdAt)}
            </p>
            {!published ? (
              <div className="row">
                <details>
                  <summary>Edit</summary>
                  <Form method="post" className="stack">
                    <CsrfField />
                    <input type="hidden" name="evidenceId" value={e.id} />
                    <EvidenceFields prefix={`ev-${e.id}`} initial={e} />
                    <button type="submit" name="intent" value="update-evidence" disabled={busy}>
                      Save changes
                    </button>
                  </Form>
                </details>
                <Form method="post">
                  <CsrfField />
                  <input type="hidden" name="evidenceId" value={e.id} />
                  <button
                    id={`remove-${e.id}`}
                    type="submit"
                    name="intent"
                    value="remove-evidence"
                    className="secondary small danger"
                    disabled={busy}
                  >
                    Remove
                  </button>
                </Form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {removed.length > 0 ? (
        <div className="removed">
          <h3>Removed</h3>
          <ul className="list">
            {removed.map((e) => (
              <li key={e.id} className="row">
                <s>{e.title}</s>
                {!published ? (
                  <Form method="post">
                    <CsrfField />
                    <input type="hidden" name="evidenceId" value={e.id} />
                    <button
                      id={`restore-${e.id}`}
                      type="submit"
                      name="intent"
                      value="restore-evidence"
                      className="secondary small"
                      disabled={busy}
                    >
                      Undo removal
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!published ? (
        <details>
          <summary>Add evidence</summary>
          <Form method="post" className="stack" key={claim.evidence.length}>
            <CsrfField />
            <EvidenceFields prefix="new-evidence" />
            <button type="submit" name="intent" value="add-evidence" disabled={busy}>
              Add evidence
            </button>
            <Feedback intent="add-evidence" />
          </Form>
        </details>
      ) : null}
    </section>
  );
}

function EvidenceFields({
  prefix,
  initial,
}: {
  prefix: string;
  initial?: { url: string; title: string; excerpt: string; stance: string };
}) {
  return (
    <>
      <div>
        <label htmlFor={`${prefix}-url`}>Source URL</label>
        <input
          id={`${prefix}-url`}
          name="url"
          type="url"
          required
          defaultValue={initial?.url}
          placeholder="https://…"
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-title`}>Title</label>
        <input
          id={`${prefix}-title`}
          name="title"
          type="text"
          required
          defaultValue={initial?.title}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-excerpt`}>Excerpt</label>
        <textarea
          id={`${prefix}-excerpt`}
          name="excerpt"
          rows={3}
          defaultValue={initial?.excerpt}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-stance`}>Stance</label>
        <select id={`${prefix}-stance`} name="stance" defaultValue={initial?.stance ?? "supports"}>
          <option value="supports">Supports the claim</option>
          <option value="refutes">Refutes the claim</option>
          <option value="context">Context</option>
        </select>
      </div>
    </>
  );
}
