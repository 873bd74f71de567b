import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Pagination } from "~/components/pagination.tsx";
import { formatDay } from "~/lib/dates.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Awaiting my approval · claimdesk" }];

const PAGE_SIZE = 25;

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role === "reviewer")
    throw new Response("Approving verdicts is an editor's job.", { status: 403 });
  const url = new URL(request.url);
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
  const caller = await serverCaller(request);
  return caller.review.approvals({ page, pageSize: PAGE_SIZE });
}

function waited(date: string | Date) {
  const hours = Math.floor((Date.now() - new Date(date).getTime()) / 3_600_000);
  if (hours < 1) return "less than an hour";
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"}`;
  return `${Math.floor(hours / 24)} days`;
}

/** Verdicts written by others that wait for this editor: the longest wait first. */
export default function Approvals() {
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <h1>Awaiting my approval</h1>
      <p className="muted">
        {data.total === 0
          ? "Nothing is waiting for your approval."
          : `${data.total} verdict${data.total === 1 ? "" : "s"} written by others, the longest wait first. You never see your own: a second person approves.`}
      </p>
      {data.items.length === 0 ? (
        <div className="card">
          <p>
            When a reviewer rates a claim, it shows here until an editor approves it or sends it
            back. <Link to="/queue">The review queue</Link> has the claims still being checked.
          </p>
        </div>
      ) : (
        <ol className="list" aria-label="Verdicts awaiting approval">
          {data.items.map((item) => (
            <li key={item.ratingId} className="card stack">
              <p>
                <span className={item.kind === "correction" ? "badge badge-warn" : "badge"}>
                  {item.kind === "correction" ? "Correction" : "Verdict"}
                </span>{" "}
                <strong>{item.verdict}</strong>
                {item.speaker ? ` · ${item.speaker}` : ""}
              </p>
              <p>
                <Link to={`/claims/${item.claimId}`}>“{item.text}”</Link>
              </p>
              <p className="rationale">{item.rationale}</p>
              <p className="muted small-text">
                Rated by {item.ratedBy ?? "a former user"} on {formatDay(item.ratedAt)} · waiting{" "}
                {waited(item.ratedAt)}
              </p>
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
