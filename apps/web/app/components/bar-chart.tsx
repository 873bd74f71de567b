import { useId } from "react";

export interface Datum {
  label: string;
  count: number;
}

/**
 * A small accessible bar chart: the SVG is described by its title and a one-line summary, and
 * the same numbers are in a table right below it (for screen readers and for copying).
 */
export function BarChart({
  title,
  data,
  summary,
  vertical = false,
}: {
  title: string;
  data: Datum[];
  summary: string;
  vertical?: boolean;
}) {
  const id = useId();
  const max = Math.max(1, ...data.map((d) => d.count));
  const total = data.reduce((s, d) => s + d.count, 0);
  const rowH = 26;
  const width = 320;
  const labelW = 100;
  return (
    <figure className="card chart stack" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{title}</h2>
      {total === 0 ? (
        <p className="muted">No data yet.</p>
      ) : vertical ? (
        <svg viewBox={`0 0 ${width} 180`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
          <desc id={`${id}-d`}>{summary}</desc>
          {data.map((d, i) => {
            const bw = (width - 20) / data.length;
            // 130 of the 150 units: the tallest bar's count still fits above it.
            const h = (d.count / max) * 130;
            return (
              <g key={d.label}>
                <rect x={10 + i * bw + 2} y={150 - h} width={bw - 4} height={h} fill="#0b5cad" />
                <text
                  x={10 + i * bw + bw / 2}
                  y={146 - h}
                  textAnchor="middle"
                  fontSize="10"
                  fill="#1b1b1f"
                >
                  {d.count || ""}
                </text>
                {i % Math.ceil(data.length / 6) === 0 ? (
                  <text
                    x={10 + i * bw + bw / 2}
                    y={168}
                    textAnchor="middle"
                    fontSize="9"
                    fill="#5b5b66"
                  >
                    {d.label.slice(5)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${data.length * rowH + 4}`}
          role="img"
          aria-labelledby={`${id}-t ${id}-d`}
        >
          <desc id={`${id}-d`}>{summary}</desc>
          {data.map((d, i) => {
            const w = (d.count / max) * (width - labelW - 50);
            return (
              <g key={d.label} transform={`translate(0 ${i * rowH})`}>
                <text x={labelW - 6} y={17} textAnchor="end" fontSize="12" fill="#1b1b1f">
                  {d.label.replace("_", " ")}
                </text>
                <rect
                  x={labelW}
                  y={4}
                  width={Math.max(w, d.count ? 2 : 0)}
                  height={rowH - 8}
                  fill="#0b5cad"
                  rx="2"
                />
                <text x={labelW + w + 6} y={17} fontSize="12" fill="#1b1b1f">
                  {d.count}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {total === 0 ? null : (
        <details>
          <summary>Show as a table</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{vertical ? "Week of" : "Value"}</th>
                <th scope="col">Count</th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.label}>
                  <td>{d.label.replace("_", " ")}</td>
                  <td>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
