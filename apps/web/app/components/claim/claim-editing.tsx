import { Form, useSearchParams } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field.tsx";
import { formatDay } from "~/lib/dates.ts";
import { ClaimMerge, ClaimSplit, type MergePreview } from "./claim-merge-split.tsx";
import { Feedback } from "./feedback.tsx";
import type { ClaimData } from "./types.ts";

/**
 * A reviewer's edits of the claim itself: its tags, its wording (the first one is kept), merging
 * a duplicate into another claim and splitting a compound claim. Below them, the wording and
 * merge history.
 */
export function ClaimEditing({
  claim,
  mergePreview,
  busy,
}: {
  claim: ClaimData;
  mergePreview: MergePreview;
  busy: boolean;
}) {
  const [params] = useSearchParams();
  const mergedFrom = params.get("merged");
  const published = claim.status === "published";
  return (
    <section className="card stack" aria-labelledby="editing-heading">
      <h2 id="editing-heading">Wording, tags and duplicates</h2>
      {mergedFrom ? (
        <p role="status" className="notice">
          The claim you opened was merged into this one: its appearances, evidence and history are
          here now.
        </p>
      ) : null}
      <ClaimTags claim={claim} busy={busy} />
      <div className="row claim-edit-actions">
        {!published ? (
          <details>
            <summary>Reword</summary>
            <Form method="post" className="stack">
              <CsrfField />
              <label htmlFor="reword-text">New wording</label>
              <textarea id="reword-text" name="text" rows={3} defaultValue={claim.text} required />
              <p className="muted hint">
                The first wording stays in the history; every appearance stays linked.
              </p>
              <button type="submit" name="intent" value="reword" disabled={busy}>
                Save wording
              </button>
            </Form>
          </details>
        ) : null}
        <ClaimMerge claim={claim} preview={mergePreview} busy={busy} />
        {!published ? <ClaimSplit claim={claim} busy={busy} /> : null}
      </div>
      <Feedback intent={["reword", "split", "merge"]} />
      <WordingHistory claim={claim} />
    </section>
  );
}

function ClaimTags({ claim, busy }: { claim: ClaimData; busy: boolean }) {
  return (
    <div className="stack">
      <ul className="tag-list" aria-label="Tags">
        {claim.tags.map((tag) => (
          <li key={tag} className="tag">
            <a href={`/search?tags=${encodeURIComponent(tag)}`}>{tag}</a>
            <Form method="post" className="inline">
              <CsrfField />
              <input type="hidden" name="tag" value={tag} />
              <button
                type="submit"
                name="intent"
                value="remove-tag"
                className="secondary small"
                aria-label={`Remove tag ${tag}`}
                disabled={busy}
              >
                ×
              </button>
            </Form>
          </li>
        ))}
        {claim.tags.length === 0 ? <li className="muted">No tags yet.</li> : null}
      </ul>
      <Form method="post" className="row">
        <CsrfField />
        <label htmlFor="add-tags" className="visually-hidden">
          Add tags
        </label>
        <input
          id="add-tags"
          name="tags"
          type="text"
          placeholder="Add tags, separated by commas"
          maxLength={400}
          required
        />
        <button type="submit" name="intent" value="add-tags" className="secondary" disabled={busy}>
          Add tags
        </button>
      </Form>
      <Feedback intent={["add-tags", "remove-tag"]} />
    </div>
  );
}

type Audit = ClaimData["audit"][number];
const data = (a: Audit) => (a.data ?? {}) as Record<string, unknown>;

/** The first wording, every reword, the claims merged in and those split off. */
function WordingHistory({ claim }: { claim: ClaimData }) {
  const rewords = claim.audit.filter(
    (a) =>
      a.claimId === claim.id &&
      (a.action === "claim.reword" || (a.action === "claim.split" && "to" in data(a))),
  );
  const splits = claim.audit.filter((a) => a.action === "claim.split" && a.claimId === claim.id);
  if (!claim.originalText && claim.mergedFrom.length === 0 && splits.length === 0) return null;
  return (
    <div className="stack" aria-label="Wording and merges">
      <h3>Wording and merges</h3>
      <ol className="list">
        {claim.originalText ? (
          <li>
            First worded: <q>{claim.originalText}</q>
          </li>
        ) : null}
        {rewords.map((a) => (
          <li key={a.id}>
            Reworded by {a.actor ?? "a former user"} on {formatDay(a.createdAt)}:{" "}
            <q>{String(data(a).to ?? "")}</q>
          </li>
        ))}
        {claim.mergedFrom.map((m) => (
          <li key={m.id}>
            Merged in on {formatDay(m.mergedAt)}: <q>{m.text}</q>{" "}
            <span className="muted">(its address /claims/{m.id} leads here)</span>
          </li>
        ))}
        {splits.flatMap((a) =>
          ((data(a).into ?? []) as { id: string; text: string }[]).map((part) => (
            <li key={`${a.id}-${part.id}`}>
              Split off on {formatDay(a.createdAt)}: <a href={`/claims/${part.id}`}>{part.text}</a>
            </li>
          )),
        )}
      </ol>
    </div>
  );
}
