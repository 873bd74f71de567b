import type { FailedOutput, Queues, Running, WorkerStatus } from "@claimdesk/jobs/operations";
import { Form, Link } from "@remix-run/react";
import { useId } from "react";
import { formatDayTime } from "~/lib/dates.ts";
import { BarChart } from "./bar-chart.tsx";
import { CsrfField } from "./csrf-field.tsx";
import { StatusBadge } from "./status-badge.tsx";
import { TableScroll } from "./table-scroll.tsx";

// The admin page's worker panels. Data comes from `admin.overview` (the database and pg-boss),
// already JSON: dates are ISO strings.

type FailedPage = Omit<FailedOutput, "items"> & {
  items: (
    | (Omit<Extract<FailedOutput["items"][number], { kind: "job" }>, "data"> & { data?: unknown })
    | Extract<FailedOutput["items"][number], { kind: "outbox" }>
  )[];
};

function when(iso: string | null): string {
  return iso ? formatDayTime(iso) || "—" : "—";
}

export function formatUptime(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} days ${h % 24} h`;
}

/** A labelled progress bar; without a known value it shows as indeterminate. */
function LabelledProgress({ label, value }: { label: string; value: number | null }) {
  const id = useId();
  const rounded = value === null ? null : Math.round(Math.min(100, Math.max(0, value)));
  return (
    <div className="stack">
      <label htmlFor={id} className="small-text">
        {label}
        {rounded === null ? "" : ` — ${rounded}%`}
      </label>
      {rounded === null ? (
        <progress id={id} aria-valuetext="in progress" />
      ) : (
        <progress id={id} max={100} value={rounded} />
      )}
    </div>
  );
}

/** Whether a worker runs, from the workers' heartbeat rows (written every few seconds). */
export function WorkerPresence({ worker }: { worker: WorkerStatus }) {
  const [newest] = worker.workers;
  if (!newest)
    return (
      <div role="alert" className="notice stack">
        <p>
          <span className="status status-failed">No worker running</span>{" "}
          <strong>
            {worker.lastSeenSecondsAgo === null
              ? "No worker has run on this database yet."
              : `A worker was last seen ${formatUptime(worker.lastSeenSecondsAgo)} ago.`}
          </strong>{" "}
          Start it with <code>pnpm claimdesk start</code>.
        </p>
        <p className="muted small-text">
          Queued jobs wait until a worker runs; this page checks again every few seconds.
        </p>
      </div>
    );
  return (
    <div className="stack">
      <p role="status">
        <span className="status status-ready">Running</span> worker last seen{" "}
        {formatUptime(newest.seenSecondsAgo)} ago
        {worker.workers.length > 1 ? ` (${worker.workers.length} workers)` : ""}
      </p>
      <dl className="row" aria-label="Worker">
        <div>
          <dt className="muted small-text">Process</dt>
          <dd className="flush">
            pid {newest.pid} on {newest.hostname}
          </dd>
        </div>
        <div>
          <dt className="muted small-text">Started</dt>
          <dd className="flush">{when(newest.startedAt)}</dd>
        </div>
        <div>
          <dt className="muted small-text">Search backend</dt>
          <dd className="flush">{newest.searchBackend}</dd>
        </div>
        <div>
          <dt className="muted small-text">Version</dt>
          <dd className="flush">{newest.version}</dd>
        </div>
      </dl>
    </div>
  );
}

export function QueueDepths({ queues }: { queues: Queues }) {
  const { outbox } = queues;
  const depth = queues.queues.reduce((n, q) => n + q.queued + q.active, 0) + outbox.pending;
  return (
    <div className="stack">
      <TableScroll label="Queues">
        <table aria-labelledby="queues-h">
          <thead>
            <tr>
              <th scope="col">Queue</th>
              <th scope="col">Queued</th>
              <th scope="col">Running</th>
              <th scope="col">Failed</th>
              <th scope="col">Done</th>
            </tr>
          </thead>
          <tbody>
            {queues.queues.map((q) => (
              <tr key={q.name}>
                <td>
                  <code>{q.name}</code>
                </td>
                <td>{q.queued}</td>
                <td>{q.active}</td>
                <td>{q.failed}</td>
                <td>{q.completed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        Search outbox: {outbox.pending} change{outbox.pending === 1 ? "" : "s"} waiting
        {outbox.pending ? ` (${outbox.due} due now)` : ""}
        {outbox.oldestPendingSeconds !== null
          ? `, oldest ${Math.round(outbox.oldestPendingSeconds)} s`
          : ""}
        {outbox.dead ? `, ${outbox.dead} given up` : ""}.
      </p>
      {depth === 0 ? (
        <p className="muted">No jobs waiting or running.</p>
      ) : (
        <BarChart
          title="Queue depth"
          data={[
            ...queues.queues.map((q) => ({ label: q.name, count: q.queued + q.active })),
            { label: "search outbox", count: outbox.pending },
          ]}
          summary={`Jobs waiting or running per queue: ${queues.queues
            .map((q) => `${q.name} ${q.queued + q.active}`)
            .join(", ")}; search outbox ${outbox.pending}.`}
        />
      )}
    </div>
  );
}

export function RunningWork({ running }: { running: Running }) {
  const nothing =
    running.jobs.length === 0 && running.reindexRuns.length === 0 && running.articles.length === 0;
  if (nothing) return <p className="muted">Nothing is running.</p>;
  return (
    <div className="stack">
      {running.jobs.length > 0 ? (
        <>
          <h3>Jobs</h3>
          <ul className="list" aria-label="Running jobs">
            {running.jobs.map((j) => (
              <li key={j.id}>
                <LabelledProgress label={`${j.queue}: ${j.detail}`} value={j.progress} />
                <span className="muted small-text">
                  started {when(j.startedAt)}
                  {j.retryCount ? ` · try ${j.retryCount + 1}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {running.reindexRuns.length > 0 ? (
        <>
          <h3>Reindex runs</h3>
          <ul className="list" aria-label="Reindex runs">
            {running.reindexRuns.map((r) => (
              <li key={r.id}>
                <LabelledProgress
                  label={`Reindex (${r.backend}) ${r.status}${r.stalled ? ", stalled: another worker will resume it" : ""}: ${r.done}/${r.total}`}
                  value={r.status === "running" || r.total > 0 ? r.progress : null}
                />
                <span className="muted small-text">
                  started {when(r.startedAt)}
                  {r.finishedAt ? ` · finished ${when(r.finishedAt)}` : ""}
                </span>
                {r.error ? <p className="error-text">{r.error}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {running.articles.length > 0 ? (
        <>
          <h3>Articles being ingested</h3>
          <ul className="list" aria-label="Articles being ingested">
            {running.articles.map((a) => (
              <li key={a.id}>
                <Link to={`/articles/${a.id}`}>{a.title}</Link> <StatusBadge status={a.status} />
                <LabelledProgress label={`${a.title} (${a.status})`} value={a.progress} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function PageLinks({
  page,
  param,
  search,
  label,
}: {
  page: FailedPage;
  param: string;
  search: URLSearchParams;
  label: string;
}) {
  const offset = Number(search.get(param) ?? 0) || 0;
  if (offset === 0 && page.nextOffset === null) return null;
  const href = (next: number) => {
    const params = new URLSearchParams(search);
    if (next > 0) params.set(param, String(next));
    else params.delete(param);
    const query = params.toString();
    return query ? `?${query}` : "?";
  };
  const size = Math.max(1, page.items.length);
  return (
    <nav className="pagination" aria-label={label}>
      {offset > 0 ? (
        <Link to={href(Math.max(0, offset - 20))} preventScrollReset>
          ← Newer
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        {offset + 1}–{offset + size} of {page.total}
      </span>
      {page.nextOffset !== null ? (
        <Link to={href(page.nextOffset)} preventScrollReset>
          Older →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}

export function FailedJobs({
  page,
  search,
  busy,
}: {
  page: FailedPage;
  search: URLSearchParams;
  busy: boolean;
}) {
  const jobs = page.items.filter((i) => i.kind === "job");
  return (
    <div className="stack">
      {jobs.length === 0 ? <p className="muted">No failed jobs.</p> : null}
      <ul className="list" aria-label="Failed jobs">
        {jobs.map((j) => (
          <li key={j.id} className="row">
            <code>{j.queue}</code> <span className="error-text">{j.error}</span>
            <span className="muted small-text">
              failed {when(j.failedAt)} · {j.retryCount} retr{j.retryCount === 1 ? "y" : "ies"}
            </span>
            <Form method="post" preventScrollReset>
              <CsrfField />
              <input type="hidden" name="id" value={j.id} />
              <button
                type="submit"
                name="intent"
                value="retry-job"
                className="secondary small"
                disabled={busy}
                aria-label={`Retry ${j.queue} job ${j.id}`}
              >
                Retry
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <PageLinks page={page} param="jobs" search={search} label="Failed job pages" />
    </div>
  );
}

export function DeadOutbox({
  page,
  search,
  busy,
}: {
  page: FailedPage;
  search: URLSearchParams;
  busy: boolean;
}) {
  const events = page.items.filter((i) => i.kind === "outbox");
  return (
    <div className="stack">
      {events.length === 0 ? (
        <p className="muted">No dead outbox events: every change reached the search index.</p>
      ) : (
        <Form method="post" preventScrollReset>
          <CsrfField />
          <button
            type="submit"
            name="intent"
            value="retry-outbox-all"
            className="secondary"
            disabled={busy}
          >
            Retry all ({page.total})
          </button>
        </Form>
      )}
      <ul className="list" aria-label="Dead outbox events">
        {events.map((e) => (
          <li key={e.id} className="row">
            <code>
              {e.op} {e.entityType} {e.entityId}
            </code>{" "}
            <span className="error-text">{e.error}</span>
            <span className="muted small-text">
              {e.attempts} attempts · given up {when(e.deadAt)}
            </span>
            <Form method="post" preventScrollReset>
              <CsrfField />
              <input type="hidden" name="id" value={e.id} />
              <button
                type="submit"
                name="intent"
                value="retry-outbox"
                className="secondary small"
                disabled={busy}
                aria-label={`Retry outbox event ${e.id}`}
              >
                Retry
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <PageLinks page={page} param="outbox" search={search} label="Dead outbox event pages" />
    </div>
  );
}

/** Something is in progress: the page refreshes itself faster. */
export function somethingRunning(running: Running | null): boolean {
  if (!running) return false;
  return (
    running.jobs.length > 0 ||
    running.articles.length > 0 ||
    running.reindexRuns.some((r) => r.status === "running")
  );
}
