import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useRevalidator,
  useSearchParams,
} from "@remix-run/react";
import { useEffect } from "react";
import { CsrfField } from "~/components/csrf-field.tsx";
import { TableScroll } from "~/components/table-scroll.tsx";
import {
  DeadOutbox,
  FailedJobs,
  QueueDepths,
  RunningWork,
  somethingRunning,
  WorkerPresence,
} from "~/components/worker-panels.tsx";
import { serverCaller } from "~/services/caller.server.ts";
import { formString } from "~/services/form.server.ts";
import { formAction } from "~/services/form-action.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Admin · claimdesk" }];

/** Rows per page of failed jobs and dead outbox events (the overview's first page). */
const FAILED_PAGE = 20;

function offsetParam(url: URL, name: string): number {
  const value = Number(url.searchParams.get(name) ?? 0);
  return Number.isInteger(value) && value > 0 && value <= 100_000 ? value : 0;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "admin");
  const caller = await serverCaller(request);
  const url = new URL(request.url);
  const jobsOffset = offsetParam(url, "jobs");
  const outboxOffset = offsetParam(url, "outbox");
  const [overview, users] = await Promise.all([caller.admin.overview({}), caller.user.list({})]);
  // Later pages come from admin.failed; the first is part of the overview.
  const page = (kind: "job" | "outbox", offset: number) =>
    caller.admin.failed({ kind, limit: FAILED_PAGE, offset }).catch(() => null);
  const [failedJobs, deadOutbox] = await Promise.all([
    jobsOffset ? page("job", jobsOffset) : overview.failedJobs,
    outboxOffset ? page("outbox", outboxOffset) : overview.deadOutbox,
  ]);
  return { overview: { ...overview, failedJobs, deadOutbox }, users, meId: session.user.id };
}

const ROLES = ["reviewer", "editor", "admin"] as const;
const role = (v: string) =>
  ROLES.includes(v as never) ? (v as (typeof ROLES)[number]) : "reviewer";

export async function action({ request }: ActionFunctionArgs) {
  return formAction(request, "admin", async ({ form, intent, caller }) => {
    const userId = formString(form, "userId");
    switch (intent) {
      case "reindex": {
        const r = await caller.admin.startReindex({});
        return {
          intent,
          ok: r.alreadyRunning
            ? "A reindex is already running; its progress is shown below."
            : "Reindex started.",
        };
      }
      case "retry-job":
        await caller.admin.retryJob({ id: formString(form, "id") });
        return { intent, ok: "Job queued for another try." };
      case "retry-outbox":
      case "retry-outbox-all": {
        const r = await caller.admin.retryOutbox(
          intent === "retry-outbox" ? { ids: [formString(form, "id")] } : {},
        );
        return {
          intent,
          ok: `${r.retried} outbox event${r.retried === 1 ? "" : "s"} sent back to the search index.`,
        };
      }
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
      case "lift-sign-in-lock":
        await caller.user.liftSignInLock({ userId });
        return { intent, ok: "Sign-in lock lifted: the user can try again from any address." };
      default:
        return { intent, error: `Unknown action "${intent}".` };
    }
  });
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
  const [search] = useSearchParams();
  const busy = useNavigation().state !== "idle";
  const revalidator = useRevalidator();
  const { worker, queues, running, failedJobs, deadOutbox } = overview;
  // Every 3 s while work is in progress (or no worker runs), else every 15 s.
  const refreshMs = !worker.running || somethingRunning(running) ? 3000 : 15_000;
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && revalidator.state === "idle")
        revalidator.revalidate();
    }, refreshMs);
    return () => clearInterval(timer);
  }, [revalidator, refreshMs]);
  return (
    <div className="stack">
      <h1>Admin</h1>
      <p>
        <Link to="/admin/scales">Rating scales →</Link> · <Link to="/admin/feeds">Feeds →</Link> ·{" "}
        <Link to="/admin/imports">Imports →</Link>
      </p>
      <Feedback />
      <section className="card stack" aria-labelledby="worker-h">
        <h2 id="worker-h">Worker</h2>
        <WorkerPresence worker={worker} />
      </section>
      <section className="card stack" aria-labelledby="queues-h">
        <h2 id="queues-h">Queues</h2>
        <QueueDepths queues={queues} />
      </section>
      <section className="card stack" aria-labelledby="running-h">
        <h2 id="running-h">Running</h2>
        <RunningWork running={running} />
        <Form method="post" preventScrollReset>
          <CsrfField />
          <button type="submit" name="intent" value="reindex" disabled={busy}>
            Start reindex
          </button>
        </Form>
        <p className="muted small-text">
          Builds fresh search indexes from the database and swaps them in when their counts match;
          one run at a time, resumed if its worker stops.
        </p>
      </section>
      <section className="card stack" aria-labelledby="failed-h">
        <h2 id="failed-h">Failed jobs</h2>
        {failedJobs ? (
          <FailedJobs page={failedJobs} search={search} busy={busy} />
        ) : (
          <p className="error-text">This page could not be read; reload to try again.</p>
        )}
      </section>
      <section className="card stack" aria-labelledby="outbox-h">
        <h2 id="outbox-h">Dead outbox events</h2>
        <p className="muted small-text">
          Search-index changes the worker gave up on after repeated failures. Retrying sends them
          back to the outbox loop.
        </p>
        {deadOutbox ? (
          <DeadOutbox page={deadOutbox} search={search} busy={busy} />
        ) : (
          <p className="error-text">This page could not be read; reload to try again.</p>
        )}
      </section>

      <section className="card stack" aria-labelledby="users-h">
        <h2 id="users-h">Users</h2>
        <TableScroll label="Users">
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
                      <CsrfField />
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
                          aria-label={`Save the role of ${u.name}`}
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
                        <CsrfField />
                        <input type="hidden" name="userId" value={u.id} />
                        <button
                          type="submit"
                          name="intent"
                          value={u.disabledAt ? "enable" : "disable"}
                          className="secondary small"
                          disabled={busy}
                          aria-label={`${u.disabledAt ? "Enable" : "Disable"} ${u.name}`}
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
                        <CsrfField />
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
                      <Form method="post">
                        <CsrfField />
                        <input type="hidden" name="userId" value={u.id} />
                        <button
                          type="submit"
                          name="intent"
                          value="lift-sign-in-lock"
                          className="secondary small"
                          disabled={busy}
                          aria-label={`Lift the sign-in lock of ${u.name}`}
                        >
                          Lift sign-in lock
                        </button>
                      </Form>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <details>
          <summary>Add a user</summary>
          <Form method="post" className="stack form-narrow">
            <CsrfField />
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
