import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Pagination } from "~/components/pagination.tsx";
import { serverCaller } from "~/services/caller.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Speakers · claimdesk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 200);
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
  const caller = await serverCaller(request);
  const name = (url.searchParams.get("name") ?? "").slice(0, 200);
  if (name) {
    // a link from a statement, a claim or a search result that knows the speaker by name
    const { slug } = await caller.speaker.resolve({ name });
    if (slug) throw redirect(`/speakers/${slug}`);
    return { q: name, ...(await caller.speaker.list({ q: name })) };
  }
  return { q, ...(await caller.speaker.list({ q, page: Math.min(page, 10_000) })) };
}

/** Everyone the desk has heard from, the most checked first, with a name search. */
export default function Speakers() {
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <h1>Speakers</h1>
      <Form method="get" role="search" className="inline-form">
        <label htmlFor="speaker-q">Name or alias</label>{" "}
        <input id="speaker-q" name="q" type="search" defaultValue={data.q} maxLength={200} />{" "}
        <button type="submit">Find</button>
      </Form>
      <p className="muted">
        {data.total === 0
          ? data.q
            ? `No speaker's name or alias contains “${data.q}”.`
            : "No speakers yet: they appear when articles are extracted or checks imported."
          : `${data.total} speaker${data.total === 1 ? "" : "s"}${data.q ? ` matching “${data.q}”` : ""}, the most checked first.`}
      </p>
      {data.items.length > 0 ? (
        <ol className="list card" aria-label="Speakers">
          {data.items.map((s) => (
            <li key={s.id}>
              <Link to={`/speakers/${s.slug}`}>
                <strong>{s.name}</strong>
              </Link>
              {s.role || s.party ? (
                <span className="muted"> · {[s.role, s.party].filter(Boolean).join(", ")}</span>
              ) : null}
              <div className="muted small-text">
                {s.claims} claim{s.claims === 1 ? "" : "s"} · {s.statements} statement
                {s.statements === 1 ? "" : "s"}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <Pagination page={data.page} pageCount={data.pageCount} search={params} />
    </div>
  );
}
