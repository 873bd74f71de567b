import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/status-badge.tsx";
import { formatDay } from "~/lib/dates.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Articles · claimdesk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request);
  const url = new URL(request.url);
  const caller = await serverCaller(request);
  return caller.article.list({ cursor: url.searchParams.get("cursor"), limit: 25 });
}

export default function Articles() {
  const { items, nextCursor } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <div className="row">
        <h1>Articles</h1>
        <Link className="button" to="/articles/new">
          Submit an article
        </Link>
      </div>
      {items.length === 0 ? (
        <div className="card">
          <p>No articles yet. Submit one by URL or pasted text to start extracting statements.</p>
        </div>
      ) : (
        <ul className="list card" aria-label="Articles">
          {items.map((a) => (
            <li key={a.id}>
              <Link to={`/articles/${a.id}`}>
                <strong>{a.title}</strong>
              </Link>
              <div className="muted">
                <StatusBadge status={a.status} /> · {a.statementCount} statements
                {a.outlet ? ` · ${a.outlet}` : ""} · added {formatDay(a.createdAt)}
              </div>
              {a.error ? <p className="error-text">{a.error}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {nextCursor ? (
        <Link className="button secondary" to={`/articles?cursor=${nextCursor}`}>
          Older articles
        </Link>
      ) : null}
    </div>
  );
}
