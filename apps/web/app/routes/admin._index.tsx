import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useRevalidator,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect } from "react";
import { StatusBadge } from "~/components/status-badge.tsx";
import { serverCaller } from "~/server/caller.server.ts";
import { formError, formString } from "~/server/form.server.ts";
import { requireSession } from "~/server/session.server.ts";
import type { loader as rootLoader } from "../root.tsx";

export const meta: MetaFunction = () => [{ title: "Admin · claimdesk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "admin");
  const caller = await serverCaller(request);
  const [overview, users] = await Promise.all([caller.admin.overview({}), caller.user.list({})]);
  return { overview, users, meId: session.user.id };
}

const ROLES = ["reviewer", "editor", "admin"] as const;
const role = (v: string) =>
  ROLES.includes(v as never) ? (v as (typeof ROLES)[number]) : "reviewer";

export async function action({ request }: ActionFunctionArgs) {
  await requireSession(request, "admin");
  const form = await request.formData();
  const intent = formString(form, "intent");
  const caller = await serverCaller(request, { csrfToken: formString(form, "_csrf") });
  const userId = formString(form, "userId");
  try {
    switch (intent) {
      case "reindex": {
        const r = await caller.admin.startReindex({});
        return { intent, ok: r.alreadyQueued ? "A reindex is already queued." : "Reindex queued." };
      }
      case "retry":
        await caller.admin.retryJob({ name: formString(form, "name"), id: formString(form, "id") });
        return { intent, ok: "Job queued for another try." };
      case "create-user": {
        const u = await caller.user.create({
          email: formString(form, "email"),
          name: formString(form, "name"),
          role: role(formString(form, "role")),
          password: formString(form, "password"),
        });
        return { intent, ok: `Created ${u.email}.` };
      }
      case "set-role":
        await caller.user.update({ userId, role: role(formString(form, "role")) });
        return { intent, ok: "Role changed." };
      case "disable":
      case "enable":
        await caller.user.update({ userId, disabled: intent === "disable" });
        return {
          intent,
          ok: intent === "disable" ? "User disabled and signed out." : "User enabled.",
        };
      case "reset-password":
        await caller.user.resetPassword({ userId, password: formString(form, "password") });
        return { intent, ok: "Password reset; the user was signed out everywhere." };
      default:
        return { intent, error: `Unknown action "${intent}".` };
    }
  } catch (error) {
    return formError(error, intent);
  }
}

function Csrf() {
  const root = useRouteLoaderData<typeof rootLoader>("root");
  return <input type="hidden" name="_csrf" value={root?.csrfToken ?? ""} />;
}

function Feedback() {
  const data = useActionData<typeof action>();
  if (!data) return null;
  return "error" in data && data.error ? (
    <p role="alert" className="error-text">
      {data.error}
    </p>
  ) : (
    <p role="status" className="ok-text">
      {"ok" in data ? data.ok : ""}
    </p>
  );
}

export default function Admin() {
  const { overview, users, meId } = useLoaderData<typeof loader>();
  const busy = useNavigation().state !== "idle";
  const revalidator = useRevalidator();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && revalidator.state === "idle")
        revalidator.revalidate();
    }, 5000);
    return () => clearInterval(timer);
  }, [revalidator]);
  return (
    <div className="stack">
      <h1>Admin</h1>
      <p>
        <Link to="/admin/scales">Rating scales →</Link>
      </p>
      <Feedback />
      <section className="card stack" aria-labelledby="worker-h">
        <h2 id="worker-h">Worker</h2>
        <p role="status">
          {overview.worker.reachable ? (
            <>
              <span className="status status-ready">Reachable</span> {overview.worker.url} (
              {overview.worker.detail})
            </>
          ) : (
            <>
              <span className="status status-failed">Worker unreachable</span>{" "}
              {overview.worker.detail}. Queued jobs wait until a worker runs.
            </>
          )}
        </p>
        <p>
          Search outbox: {overview.outbox.pending} change{overview.outbox.pending === 1 ? "" : "s"}{" "}
          waiting
          {overview.outbox.dead ? `, ${overview.outbox.dead} given up` : ""}.
        </p>
      </section>
      <section className="card stack" aria-labelledby="queues-h">
        <h2 id="queues-h">Queues</h2>
        <div className="table-wrap">
          <table aria-labelledby="queues-h">
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Queued</th>
                <th scope="col">Running</th>
                <th scope="col">Failed</th>
                <th scope="col">Done</th>
              </tr>
            </thead>
            <tbody>
              {overview.queues.map((q) => (
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
        </div>
        {overview.ingesting.length > 0 ? (
          <>
            <h3>Articles in progress</h3>
            <ul className="list">
              {overview.ingesting.map((a) => (
                <li key={a.id}>
                  <Link to={`/articles/${a.id}`}>{a.title}</Link> <StatusBadge status={a.status} />
                  <progress
                    max={100}
                    value={a.progress}
                    aria-label={`${a.title}: ${a.progress}%`}
                  />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3>Failed jobs</h3>
        {overview.failedJobs.length === 0 ? <p className="muted">No failed jobs.</p> : null}
        <ul className="list">
          {overview.failedJobs.map((j) => (
            <li key={j.id} className="row">
              <code>{j.name}</code> <span className="error-text">{j.error}</span>
              <span className="muted small-text">
                {j.failedAt ? new Date(j.failedAt).toLocaleString("en-GB") : ""}
              </span>
              <Form method="post">
                <Csrf />
                <input type="hidden" name="name" value={j.name} />
                <input type="hidden" name="id" value={j.id} />
                <button
                  type="submit"
                  name="intent"
                  value="retry"
                  className="secondary small"
                  disabled={busy}
                >
                  Retry
                </button>
              </Form>
            </li>
          ))}
        </ul>
      </section>
      <section className="card stack" aria-labelledby="reindex-h">
        <h2 id="reindex-h">Search index</h2>
        {overview.reindexRuns.length === 0 ? (
          <p className="muted">No reindex has run yet.</p>
        ) : null}
        <ul className="list">
          {overview.reindexRuns.map((r) => (
            <li key={r.id}>
              {new Date(r.startedAt).toLocaleString("en-GB")} · {r.backend} · {r.status} · {r.done}/
              {r.total}
              <progress
                max={Math.max(1, r.total)}
                value={r.done}
                aria-label={`Reindex ${r.status}`}
              />
              {r.error ? <p className="error-text">{r.error}</p> : null}
            </li>
          ))}
        </ul>
        <Form method="post">
          <Csrf />
          <button type="submit" name="intent" value="reindex" disabled={busy}>
            Start a full reindex
          </button>
        </Form>
      </section>
      <section className="card stack" aria-labelledby="users-h">
        <h2 id="users-h">Users</h2>
        <div className="table-wrap">
          <table aria-label="Users">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Access</th>
                <th scope="col">Password</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>
                    <Form method="post" className="row">
                      <Csrf />
                      <input type="hidden" name="userId" value={u.id} />
                      <label htmlFor={`role-${u.id}`} className="visually-hidden">
                        Role of {u.name}
                      </label>
                      <select
                        id={`role-${u.id}`}
                        name="role"
                        defaultValue={u.role}
                        disabled={u.id === meId}
                      >
                        {ROLES.map((r) => (
                          <option key={r}>{r}</option>
                        ))}
                      </select>
                      {u.id !== meId ? (
                        <button
                          type="submit"
                          name="intent"
                          value="set-role"
                          className="secondary small"
                          disabled={busy}
                        >
                          Save
                        </button>
                      ) : null}
                    </Form>
                  </td>
                  <td>
                    {u.id === meId ? (
                      <span className="muted">you</span>
                    ) : (
                      <Form method="post">
                        <Csrf />
                        <input type="hidden" name="userId" value={u.id} />
                        <button
                          type="submit"
                          name="intent"
                          value={u.disabledAt ? "enable" : "disable"}
                          className="secondary small"
                          disabled={busy}
                        >
                          {u.disabledAt ? "Enable" : "Disable"}
                        </button>
                      </Form>
                    )}
                  </td>
                  <td>
                    <details>
                      <summary>Reset</summary>
                      <Form method="post" className="stack">
                        <Csrf />
                        <input type="hidden" name="userId" value={u.id} />
                        <label htmlFor={`pw-${u.id}`}>New password for {u.name}</label>
                        <input
                          id={`pw-${u.id}`}
                          name="password"
                          type="password"
                          minLength={10}
                          required
                          autoComplete="new-password"
                        />
                        <button
                          type="submit"
                          name="intent"
                          value="reset-password"
                          className="small"
                          disabled={busy}
                        >
                          Set password
                        </button>
                      </Form>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <details>
          <summary>Add a user</summary>
          <Form method="post" className="stack form-narrow">
            <Csrf />
            <div>
              <label htmlFor="new-name">Name</label>
              <input id="new-name" name="name" type="text" required />
            </div>
            <div>
              <label htmlFor="new-email">Email</label>
              <input id="new-email" name="email" type="email" required />
            </div>
            <div>
              <label htmlFor="new-role">Role</label>
              <select id="new-role" name="role" defaultValue="reviewer">
                {ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="new-password">Initial password (10+ characters)</label>
              <input
                id="new-password"
                name="password"
                type="password"
                minLength={10}
                required
                autoComplete="new-password"
              />
            </div>
            <button type="submit" name="intent" value="create-user" disabled={busy}>
              Create user
            </button>
          </Form>
        </details>
      </section>
    </div>
  );
}
