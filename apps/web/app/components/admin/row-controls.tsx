// What the admin tables of things the worker runs on a schedule (followed feeds, ClaimReview
// harvest sources) show per row: its state and its one-button actions.
import { Form } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field.tsx";

/** Paused, failing (with the count and the last error), never run yet, or ok. */
export function RunState(props: {
  enabled: boolean;
  lastError: string | null;
  errorCount: number;
  lastRunAt: Date | string | null;
  /** what a row that never ran says ("not polled yet") */
  notRunYet: string;
}) {
  if (!props.enabled) return <span className="badge">paused</span>;
  if (props.lastError)
    return (
      <span className="error-text">
        failing ({props.errorCount}×): {props.lastError}
      </span>
    );
  if (!props.lastRunAt) return <span className="muted">{props.notRunYet}</span>;
  return <span>ok</span>;
}

/** One action on one row: its own small form, named after the row for screen readers. */
export function RowAction(props: {
  /** the form field that carries the row's id (`feedId`, `sourceId`) */
  field: string;
  id: string;
  intent: string;
  label: string;
  name: string;
  disabled?: boolean;
}) {
  return (
    <Form method="post">
      <CsrfField />
      <input type="hidden" name={props.field} value={props.id} />
      <button
        type="submit"
        name="intent"
        value={props.intent}
        className="secondary"
        disabled={props.disabled}
        aria-label={props.name}
      >
        {props.label}
      </button>
    </Form>
  );
}
