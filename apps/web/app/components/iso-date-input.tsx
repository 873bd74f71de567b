import { useEffect, useState } from "react";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written as 2026-12-01 (what every desk page shows). */
export function isIsoDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * A date field in the one format the desk reads everywhere (`2026-12-01`), instead of the
 * browser's date picker, which writes the date in the computer's locale (12/01/2026, 01.12.2026).
 * `onChange` fires with a valid day or `undefined` when emptied; while the text is not a day
 * yet, the field says how to write it and the value does not change.
 */
export function IsoDateInput({
  id,
  name,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  name: string;
  value: string | undefined;
  onChange: (day: string | undefined) => void;
  describedBy?: string;
}) {
  const [text, setText] = useState(value ?? "");
  // A new value from outside (Back, a link) replaces what was typed.
  useEffect(() => setText(value ?? ""), [value]);
  const invalid = text !== "" && !isIsoDay(text);
  const hintId = `${id}-hint`;
  return (
    <>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="2026-12-01"
        pattern="\d{4}-\d{2}-\d{2}"
        maxLength={10}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={
          [invalid ? hintId : null, describedBy].filter(Boolean).join(" ") || undefined
        }
        onChange={(e) => {
          const next = e.target.value.trim();
          setText(e.target.value);
          if (next === "") onChange(undefined);
          else if (isIsoDay(next)) onChange(next);
        }}
      />
      {invalid ? (
        <p id={hintId} className="error-text small-text">
          Write the date as year-month-day, e.g. 2026-12-01.
        </p>
      ) : null}
    </>
  );
}
