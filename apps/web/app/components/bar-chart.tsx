import { Link } from "@remix-run/react";
import { useId } from "react";

export interface Datum {
  label: string;
  count: number;
  /** where the bar leads: the list of what it counts, filtered (search or queue URL) */
  href?: string;
}

const LABEL_CHARS = 52;
const shown = (label: string) => label.replace("_", " ");
const short = (label: string) =>
  label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;

/**
 * A small accessible bar chart: the SVG is described by its title and a one-line summary, and
 * the same numbers are in a table right below it (for screen readers and for copying). Each
 * horizontal bar has its label on its own line above it, so no label is clipped at any width;
 * a datum with `href` links its bar and its table row to the filtered list.
 */
export function BarChart({
  title,
  data,
  summary,
  vertical = false,
  unit = "Count",
  format = (n: number) => String(n),
}: {
  title: string;
  data: Datum[];
  summary: string;
  vertical?: boolean;
  /** the table's heading for the numbers */
  unit?: string;
  format?: (n: number) => string;
}) {
  const id = useId();
  const max = Math.max(1, ...data.map((d) => d.count));
  const total = data.reduce((s, d) => s + d.count, 0);
  const rowH = 34;
  const width = 320;
  const link = (d: Datum, node: JSX.Element) =>
    d.href ? (
      <a key={d.label} href={d.href} aria-label={`${shown(d.label)}: ${format(d.count)}`}>
        {node}
      </a>
    ) : (
      node
    );
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
            return link(
              d,
              <g key={d.label}>
                <title>{`${d.label}: ${format(d.count)}`}</title>
                {d.href ? (
                  <rect x={10 + i * bw} y={0} width={bw} height={172} fill="transparent" />
                ) : null}
                <rect x={10 + i * bw + 2} y={150 - h} width={bw - 4} height={h} fill="#0b5cad" />
                <text
                  x={10 + i * bw + bw / 2}
                  y={146 - h}
                  textAnchor="middle"
                  fontSize="10"
                  fill="#1b1b1f"
                >
                  {d.count ? format(d.count) : ""}
                </text>
                {i % Math.ceil(data.length / 6) === 0 ? (
                  <text
                    x={10 + i * bw + bw / 2}
                    y={168}
                    textAnchor="middle"
                    fontSize="9"
                    fill="#5b5b66"
                  >
                    {/^\d{4}-\d{2}-\d{2}$/.test(d.label) ? d.label.slice(5) : d.label}
                  </text>
                ) : null}
              </g>,
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
            const w = (d.count / max) * (width - 60);
            return link(
              d,
              <g key={d.label} transform={`translate(0 ${i * rowH})`}>
                <title>{`${shown(d.label)}: ${format(d.count)}`}</title>
                {d.href ? (
                  // the whole row (label, bar and count) is the link's target, not only its ink
                  <rect x={0} y={0} width={width} height={rowH} fill="transparent" />
                ) : null}
                <text x={0} y={13} fontSize="12" fill={d.href ? "#0b5cad" : "#1b1b1f"}>
                  {short(shown(d.label))}
                </text>
                <rect
                  x={0}
                  y={18}
                  width={Math.max(w, d.count ? 2 : 0)}
                  height={12}
                  fill="#0b5cad"
                  rx="2"
                />
                <text x={w + 6} y={29} fontSize="12" fill="#1b1b1f">
                  {format(d.count)}
                </text>
              </g>,
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
                <th scope="col">{vertical ? "Period" : "Value"}</th>
                <th scope="col">{unit}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.label}>
                  <td>{d.href ? <Link to={d.href}>{shown(d.label)}</Link> : shown(d.label)}</td>
                  <td>{format(d.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
