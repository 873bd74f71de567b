import { Form } from "@remix-run/react";
import { useRef } from "react";
import { Feedback } from "~/components/claim/feedback.tsx";
import { CsrfField } from "~/components/csrf-field.tsx";

const BYLINES = [
  ["both", "The reviewer and the approving editor"],
  ["reviewer", "The reviewer who wrote the verdict"],
  ["editor", "The approving editor"],
  ["desk", "The desk only (no personal byline)"],
] as const;

interface Props {
  draft: { headline: string; summary: string; body: string; byline: string } | null;
  evidence: { n: number; id: string; title: string; url: string }[];
  verdict: { author: string | null; approver: string | null };
  busy: boolean;
}

/**
 * The draft: headline, summary, body with [n] citations picked from the evidence list, and the
 * byline. Saved by the server (which names any field at fault); the inputs keep what was typed.
 */
export function StoryForm({ draft, evidence, verdict, busy }: Props) {
  const body = useRef<HTMLTextAreaElement>(null);
  const cite = (n: number) => {
    const el = body.current;
    if (!el) return;
    const at = el.selectionEnd ?? el.value.length;
    const text = `${el.value.slice(0, at).endsWith(" ") || at === 0 ? "" : " "}[${n}]`;
    el.setRangeText(text, at, at, "end");
    el.focus();
  };
  const who = (v: string) =>
    v === "reviewer"
      ? verdict.author
      : v === "editor"
        ? verdict.approver
        : v === "both"
          ? [verdict.author, verdict.approver].filter(Boolean).join(" and ")
          : null;
  return (
    <Form method="post" className="card stack" aria-labelledby="draft-heading">
      <h2 id="draft-heading">The fact-check</h2>
      <CsrfField />
      <div>
        <label htmlFor="headline">Headline</label>
        <input
          id="headline"
          name="headline"
          defaultValue={draft?.headline ?? ""}
          required
          minLength={10}
          maxLength={200}
        />
      </div>
      <div>
        <label htmlFor="summary">Summary</label>
        <textarea
          id="summary"
          name="summary"
          rows={3}
          defaultValue={draft?.summary ?? ""}
          required
          minLength={20}
          maxLength={600}
        />
      </div>
      <div>
        <label htmlFor="story-body">Body</label>
        <p className="muted small-text" id="body-help">
          Paragraphs separated by an empty line; <code>## Heading</code>, <code>**bold**</code>,{" "}
          <code>*italic*</code>, <code>[text](https://…)</code>, and <code>[1]</code> to cite
          evidence 1. No HTML.
        </p>
        <textarea
          id="story-body"
          name="body"
          ref={body}
          rows={14}
          aria-describedby="body-help"
          defaultValue={draft?.body ?? ""}
          required
        />
      </div>
      <fieldset>
        <legend>Cite the evidence</legend>
        {evidence.length === 0 ? (
          <p className="muted">The claim has no evidence to cite.</p>
        ) : (
          <ol className="list cite-list">
            {evidence.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => cite(e.n)}
                  aria-label={`Cite [${e.n}] ${e.title}`}
                >
                  Cite [{e.n}]
                </button>{" "}
                {e.title} <span className="muted">({new URL(e.url).hostname})</span>
              </li>
            ))}
          </ol>
        )}
      </fieldset>
      <fieldset>
        <legend>Byline</legend>
        {BYLINES.map(([value, label]) => (
          <label key={value} className="radio-card">
            <input
              type="radio"
              name="byline"
              value={value}
              defaultChecked={(draft?.byline ?? "both") === value}
            />{" "}
            {label}
            {who(value) ? <span className="muted small-text"> — {who(value)}</span> : null}
          </label>
        ))}
      </fieldset>
      <button type="submit" name="intent" value="save-draft" disabled={busy}>
        Save draft
      </button>
      <Feedback intent="save-draft" />
    </Form>
  );
}
