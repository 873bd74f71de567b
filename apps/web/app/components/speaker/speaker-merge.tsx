import { Form, useNavigation } from "@remix-run/react";
import { formatDay } from "~/lib/dates.ts";
import { CsrfField } from "../csrf-field.tsx";

interface Candidate {
  id: string;
  name: string;
  slug: string;
  role: string | null;
  claims: number;
  statements: number;
}

/**
 * Editors merge duplicates ("Trump", "President Trump") into this speaker, and undo a merge.
 * The candidates are speakers whose name or alias contains `find` (the last name by default).
 */
export function SpeakerMerge(props: {
  speaker: {
    id: string;
    name: string;
    mergedFrom: { id: string; name: string; slug: string; mergedAt: string | Date | null }[];
  };
  canMerge: boolean;
  find: string;
  candidates: Candidate[];
}) {
  const busy = useNavigation().state !== "idle";
  const { speaker } = props;
  return (
    <section className="card stack" aria-labelledby="merge-h">
      <h2 id="merge-h">Merged into this page</h2>
      {speaker.mergedFrom.length === 0 ? (
        <p className="muted">No duplicates merged here.</p>
      ) : (
        <ul className="list">
          {speaker.mergedFrom.map((m) => (
            <li key={m.id}>
              {m.name} <span className="muted small-text">merged {formatDay(m.mergedAt)}</span>{" "}
              {props.canMerge ? (
                <Form method="post" className="inline-form">
                  <CsrfField />
                  <input type="hidden" name="speakerId" value={m.id} />
                  <button type="submit" name="intent" value="unmerge" disabled={busy}>
                    Undo merge of {m.name}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {props.canMerge ? (
        <>
          <h3>Merge duplicates into {speaker.name}</h3>
          <Form method="get" className="inline-form" role="search">
            <label htmlFor="merge-find">Find speakers named</label>{" "}
            <input id="merge-find" name="find" type="search" defaultValue={props.find} />{" "}
            <button type="submit">Find</button>
          </Form>
          {props.candidates.length === 0 ? (
            <p className="muted">No other speaker's name or alias contains “{props.find}”.</p>
          ) : (
            <Form method="post" className="stack">
              <CsrfField />
              <input type="hidden" name="targetId" value={speaker.id} />
              <fieldset>
                <legend>The same person as {speaker.name}</legend>
                {props.candidates.map((c) => (
                  <label key={c.id} className="facet-option">
                    <input type="checkbox" name="sourceId" value={c.id} /> {c.name}
                    {c.role ? `, ${c.role}` : ""}{" "}
                    <span className="muted small-text">
                      ({c.claims} claims, {c.statements} statements)
                    </span>
                  </label>
                ))}
              </fieldset>
              <p className="muted small-text">
                Their statements and claims move to {speaker.name}, their names become aliases and
                their pages lead here. Each merge can be undone above.
              </p>
              <div>
                <button type="submit" name="intent" value="merge" disabled={busy}>
                  Merge selected into {speaker.name}
                </button>
              </div>
            </Form>
          )}
        </>
      ) : null}
    </section>
  );
}
