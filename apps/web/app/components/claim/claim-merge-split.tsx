import { Form } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field.tsx";
import type { ClaimData } from "./types.ts";

export type MergePreview =
  | null
  | { error: string }
  | {
      source: { id: string; text: string; status: string };
      target: { id: string; text: string; status: string };
      refusal: string | null;
      consequences: string[];
    };

/**
 * Merge this claim (a duplicate) into another: the address of the other claim is checked first
 * (a GET, `?mergeInto=`), the page lists what will happen, and only then can it be confirmed.
 */
export function ClaimMerge({
  claim,
  preview,
  busy,
}: {
  claim: ClaimData;
  preview: MergePreview;
  busy: boolean;
}) {
  return (
    <details open={preview !== null}>
      <summary>Merge into another claim</summary>
      <Form method="get" className="stack" preventScrollReset>
        <label htmlFor="merge-into">The claim this one duplicates (its address or id)</label>
        <input
          id="merge-into"
          name="mergeInto"
          type="text"
          required
          maxLength={300}
          placeholder="/claims/…"
        />
        <button type="submit" className="secondary" disabled={busy}>
          Check the merge
        </button>
      </Form>
      {preview && "error" in preview ? (
        <p role="alert" className="error-text">
          {preview.error}
        </p>
      ) : null}
      {preview && "consequences" in preview ? (
        <div className="stack merge-preview" role="region" aria-label="Merge preview">
          <p>
            Merge <q>{claim.text}</q> into <q>{preview.target.text}</q>
          </p>
          {preview.refusal ? (
            <p role="alert" className="error-text">
              {preview.refusal}
            </p>
          ) : (
            <>
              <ul className="list">
                {preview.consequences.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              <Form method="post">
                <CsrfField />
                <input type="hidden" name="targetId" value={preview.target.id} />
                <button
                  type="submit"
                  name="intent"
                  value="merge"
                  className="secondary danger"
                  disabled={busy}
                >
                  Merge into the other claim
                </button>
              </Form>
            </>
          )}
        </div>
      ) : null}
    </details>
  );
}

const PARTS = [1, 2, 3] as const;

/**
 * Split a compound claim: write each part; say for each appearance and source which part it
 * belongs to (part 1 is this claim, and keeps what is not given to another).
 */
export function ClaimSplit({ claim, busy }: { claim: ClaimData; busy: boolean }) {
  const evidence = claim.evidence.filter((e) => !e.deletedAt);
  return (
    <details>
      <summary>Split into several claims</summary>
      <Form method="post" className="stack">
        <CsrfField />
        {PARTS.map((n) => (
          <div key={n}>
            <label htmlFor={`split-part-${n}`}>
              Part {n}
              {n === 1 ? " (stays this claim)" : n === 3 ? " (optional)" : " (a new claim)"}
            </label>
            <textarea
              id={`split-part-${n}`}
              name={`part-${n}`}
              rows={2}
              required={n <= 2}
              defaultValue={n === 1 ? claim.text : ""}
            />
          </div>
        ))}
        {claim.appearances.length > 0 || evidence.length > 0 ? (
          <fieldset className="stack">
            <legend>Which part each appearance and source belongs to</legend>
            {claim.appearances.map((a) => (
              <PartChoice
                key={a.statementId}
                name={`statement:${a.statementId}`}
                label={`Appearance: “${a.quote.slice(0, 90)}” (${a.article.title.slice(0, 40)})`}
              />
            ))}
            {evidence.map((e) => (
              <PartChoice key={e.id} name={`evidence:${e.id}`} label={`Source: ${e.title}`} />
            ))}
          </fieldset>
        ) : null}
        <button type="submit" name="intent" value="split" disabled={busy}>
          Split the claim
        </button>
      </Form>
    </details>
  );
}

function PartChoice({ name, label }: { name: string; label: string }) {
  const id = `choice-${name.replace(":", "-")}`;
  return (
    <div className="row">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue="1">
        {PARTS.map((n) => (
          <option key={n} value={n}>
            Part {n}
          </option>
        ))}
      </select>
    </div>
  );
}
