/** A scale's labels as the radio cards a verdict form picks one from (field `labelId`). */
export function VerdictChoices({
  legend,
  labels,
  checkedId,
}: {
  legend: string;
  labels: { id: string; name: string; description: string | null }[];
  /** the label picked when the form opens (a correction starts from the published verdict) */
  checkedId?: string | null;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="label-grid">
        {labels.map((l) => (
          <label key={l.id} className="radio-card">
            <input
              type="radio"
              name="labelId"
              value={l.id}
              required
              defaultChecked={checkedId === undefined ? undefined : l.id === checkedId}
            />{" "}
            {l.name}
            {l.description ? <span className="muted small-text"> — {l.description}</span> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
