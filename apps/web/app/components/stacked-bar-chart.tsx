import { Link } from "@remix-run/react";
import { useId } from "react";

export interface StackedGroup {
  name: string;
  total: number;
  verdicts: { label: string; count: number }[];
}

// Colour-blind-safe (Okabe–Ito) and distinct in greyscale order; every segment is also labelled
// in the legend and the table.
const COLOURS = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#f0e442",
  "#000000",
];
const LABEL_CHARS = 52;

/**
 * One bar per group (speaker, outlet, tag), split by verdict; each segment and each table cell
 * links to the filtered list when `href` gives one. The group's name sits above its bar, so
 * nothing is clipped at 390 px.
 */
export function StackedBarChart({
  title,
  groups,
  href,
}: {
  title: string;
  groups: StackedGroup[];
  href?: (group: string, verdict: string) => string;
}) {
  const id = useId();
  const labels = [...new Set(groups.flatMap((g) => g.verdicts.map((v) => v.label)))];
  const colour = (label: string) => COLOURS[labels.indexOf(label) % COLOURS.length];
  const max = Math.max(1, ...groups.map((g) => g.total));
  const width = 320;
  const rowH = 34;
  const summary = groups
    .map((g) => `${g.name}: ${g.verdicts.map((v) => `${v.label} ${v.count}`).join(", ")}`)
    .join("; ");
  return (
    <figure className="card chart stack" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{title}</h2>
      {groups.length === 0 ? (
        <p className="muted">No verdicts in this range.</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${width} ${groups.length * rowH + 4}`}
            role="img"
            aria-labelledby={`${id}-t ${id}-d`}
          >
            <desc id={`${id}-d`}>{summary}</desc>
            {groups.map((g, i) => {
              let x = 0;
              return (
                <g key={g.name} transform={`translate(0 ${i * rowH})`}>
                  <text x={0} y={13} fontSize="12" fill="#1b1b1f">
                    {g.name.length > LABEL_CHARS ? `${g.name.slice(0, LABEL_CHARS - 1)}…` : g.name}
                  </text>
                  {g.verdicts.map((v) => {
                    const w = (v.count / max) * (width - 40);
                    const rect = (
                      <rect x={x} y={18} width={Math.max(w, 2)} height={12} fill={colour(v.label)}>
                        <title>{`${g.name}, ${v.label}: ${v.count}`}</title>
                      </rect>
                    );
                    x += w;
                    return href ? (
                      <a
                        key={v.label}
                        href={href(g.name, v.label)}
                        aria-label={`${g.name}, ${v.label}: ${v.count}`}
                      >
                        {rect}
                      </a>
                    ) : (
                      <g key={v.label}>{rect}</g>
                    );
                  })}
                  <text x={x + 4} y={29} fontSize="12" fill="#1b1b1f">
                    {g.total}
                  </text>
                </g>
              );
            })}
          </svg>
          <ul className="legend small-text" aria-label="Verdicts">
            {labels.map((l) => (
              <li key={l}>
                <svg width="10" height="10" aria-hidden="true">
                  <rect width="10" height="10" fill={colour(l)} />
                </svg>{" "}
                {l}
              </li>
            ))}
          </ul>
          <details>
            <summary>Show as a table</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Claims</th>
                </tr>
              </thead>
              <tbody>
                {groups.flatMap((g) =>
                  g.verdicts.map((v) => (
                    <tr key={`${g.name}-${v.label}`}>
                      <td>{g.name}</td>
                      <td>{href ? <Link to={href(g.name, v.label)}>{v.label}</Link> : v.label}</td>
                      <td>{v.count}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
