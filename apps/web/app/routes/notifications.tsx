import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field.tsx";
import { Pagination } from "~/components/pagination.tsx";
import { formatDayTime } from "~/lib/dates.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { formString } from "~/services/form.server.ts";
import { formAction } from "~/services/form-action.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Notifications · claimdesk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request);
  const url = new URL(request.url);
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
  const caller = await serverCaller(request);
  return caller.notification.list({ page });
}

export async function action({ request }: ActionFunctionArgs) {
  return formAction(
    request,
    "reviewer",
    async ({ form, caller }) => {
      const id = formString(form, "id");
      return caller.notification.markRead(id ? { ids: [id] } : {});
    },
    { intent: "mark-read" },
  );
}

/** What the desk told the signed-in person, newest first; unread ones until marked read. */
export default function Notifications() {
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <div className="row">
        <h1>Notifications</h1>
        {data.unread > 0 ? (
          <Form method="post">
            <CsrfField />
            <button type="submit" className="secondary small">
              Mark all read
            </button>
          </Form>
        ) : null}
      </div>
      {data.items.length === 0 ? (
        <div className="card">
          <p>
            Nothing yet. When an editor sends one of your verdicts back to research, the note shows
            here.
          </p>
        </div>
      ) : (
        <ol className="list" aria-label="Notifications">
          {data.items.map((n) => (
            <li key={n.id} className={`card stack${n.readAt ? "" : " unread"}`}>
              <p>
                {n.readAt ? null : <span className="badge badge-warn">New</span>} {n.message}
              </p>
              <p className="muted small-text">
                {formatDayTime(n.createdAt)}
                {n.claim ? (
                  <>
                    {" · "}
                    <Link to={`/claims/${n.claim.id}`}>Open the claim</Link>
                  </>
                ) : null}
              </p>
              {n.readAt ? null : (
                <Form method="post">
                  <CsrfField />
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="link-button">
                    Mark read
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={data.page}
        pageCount={Math.max(1, Math.ceil(data.total / data.pageSize))}
        search={params}
      />
    </div>
  );
}
