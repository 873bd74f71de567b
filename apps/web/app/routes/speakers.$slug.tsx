import { statementKindLabel } from "@claimdesk/db/statement-kinds";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { BarChart } from "~/components/bar-chart.tsx";
import { SpeakerClaimLine } from "~/components/speaker/speaker-claim-line.tsx";
import { SpeakerMerge } from "~/components/speaker/speaker-merge.tsx";
import { formatDay } from "~/lib/dates.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { formString } from "~/services/form.server.ts";
import { formAction } from "~/services/form-action.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.page.speaker.name ?? "Speaker"} · claimdesk` },
];

const pageParam = (url: URL, name: string) =>
  Math.min(10_000, Math.max(1, Number.parseInt(url.searchParams.get(name) ?? "1", 10) || 1));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const url = new URL(request.url);
  const caller = await serverCaller(request);
  const slug = params.slug ?? "";
  const page = await caller.speaker
    .get({ slug, claimsPage: pageParam(url, "cpage"), statementsPage: pageParam(url, "spage") })
    .catch((error: { code?: string }) => {
      if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
        throw new Response("No speaker has this address.", { status: 404 });
      throw error;
    });
  // 302, not 301: a merge can be undone, and browsers keep a 301 for good.
  if ("redirectTo" in page) throw redirect(`/speakers/${page.redirectTo}${url.search}`, 302);
  const canMerge = session.user.role !== "reviewer";
  const find = (url.searchParams.get("find") ?? page.speaker.name.split(/\s+/).at(-1) ?? "").slice(
    0,
    200,
  );
  const candidates = canMerge
    ? (await caller.speaker.list({ q: find })).items.filter((s) => s.id !== page.speaker.id)
    : [];
  return { page, canMerge, find, candidates };
}

export async function action({ request }: ActionFunctionArgs) {
  return formAction(request, "reviewer", async ({ form, intent, caller }) => {
    if (intent === "merge") {
      const sourceIds = form.getAll("sourceId").filter((v): v is string => typeof v === "string");
      const result = await caller.speaker.merge({
        targetId: formString(form, "targetId"),
        sourceIds,
      });
      return { intent, merged: result.merged };
    }
    if (intent === "unmerge") {
      const result = await caller.speaker.unmerge({ speakerId: formString(form, "speakerId") });
      return { intent, unmerged: result };
    }
    return { intent, error: "Unknown action." };
  });
}

function PageLinks(props: { name: string; page: number; pageCount: number; label: string }) {
  const [params] = useSearchParams();
  if (props.pageCount <= 1) return null;
  const href = (p: number) => {
    const next = new URLSearchParams(params);
    next.set(props.name, String(p));
    return `?${next.toString()}`;
  };
  return (
    <nav className="pagination" aria-label={props.label}>
      {props.page > 1 ? <Link to={href(props.page - 1)}>← Previous</Link> : <span />}
      <span>
        Page {props.page} of {props.pageCount}
      </span>
      {props.page < props.pageCount ? <Link to={href(props.page + 1)}>Next →</Link> : <span />}
    </nav>
  );
}

const searchHref = (speaker: string, verdict: string) =>
  `/search?${new URLSearchParams({ type: "claim", speaker, verdict }).toString()}`;

export default function SpeakerPage() {
  const { page, canMerge, find, candidates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { speaker, claims, statements } = page;
  const merged = actionData && "merged" in actionData ? actionData.merged : undefined;
  const unmerged = actionData && "unmerged" in actionData ? actionData.unmerged : undefined;
  const about = [speaker.role, speaker.party, speaker.state].filter(Boolean).join(" · ");
  return (
    <div className="stack">
      <header className="stack">
        <p className="muted small-text">
          <Link to="/speakers">Speakers</Link>
        </p>
        <h1>{speaker.name}</h1>
        <p>{about || <span className="muted">No title or affiliation known.</span>}</p>
        {speaker.aliases.length > 0 ? (
          <p className="muted small-text">Also named: {speaker.aliases.join(", ")}</p>
        ) : null}
        <p className="muted">
          {claims.total} claim{claims.total === 1 ? "" : "s"} · {statements.total} statement
          {statements.total === 1 ? "" : "s"} · {page.articles.length} article
          {page.articles.length === 1 ? "" : "s"}
        </p>
      </header>
      {actionData && "error" in actionData ? (
        <p role="alert" className="error-text">
          {actionData.error}
        </p>
      ) : null}
      {merged ? (
        <p role="status" className="card">
          Merged into {speaker.name}:{" "}
          {merged
            .map((m) => `${m.name} (${m.statements} statements, ${m.claims} claims)`)
            .join("; ")}
          . Their pages now lead here; undo below under “Merged into this page”.
        </p>
      ) : null}
      {unmerged ? (
        <p role="status" className="card">
          Undone: <Link to={`/speakers/${unmerged.speaker.slug}`}>{unmerged.speaker.name}</Link> has
          their own page again ({unmerged.statements} statements, {unmerged.claims} claims moved
          back).
        </p>
      ) : null}
      <div className="charts">
        <BarChart
          title="Verdicts by this desk"
          data={page.verdicts.desk.map((v) => ({ ...v, href: searchHref(speaker.name, v.label) }))}
          summary={page.verdicts.desk.map((v) => `${v.label}: ${v.count}`).join(", ")}
          unit="Claims"
        />
        {page.verdicts.outside.length > 0 ? (
          <BarChart
            title="Verdicts by other fact-checkers (imported)"
            data={page.verdicts.outside.map((v) => ({
              ...v,
              href: searchHref(speaker.name, v.label),
            }))}
            summary={page.verdicts.outside.map((v) => `${v.label}: ${v.count}`).join(", ")}
            unit="Claims"
          />
        ) : null}
        <BarChart
          title="Statements and claims per month"
          data={page.timeline}
          summary={page.timeline.map((t) => `${t.label}: ${t.count}`).join(", ")}
          vertical
        />
      </div>
      <section className="card stack" aria-labelledby="repeats-h">
        <h2 id="repeats-h">Said it again</h2>
        {page.repeats.length === 0 ? (
          <p className="muted">No statement of theirs repeats a published fact-check.</p>
        ) : (
          <ul className="list">
            {page.repeats.map((r) => (
              <li key={r.id}>
                “{r.text}” in <Link to={`/articles/${r.article.id}`}>{r.article.title}</Link>
                {r.checked ? (
                  <div className="small-text">
                    repeats <SpeakerClaimLine claim={r.checked} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card stack" aria-labelledby="claims-h">
        <h2 id="claims-h">Claims ({claims.total})</h2>
        {claims.items.length === 0 ? (
          <p className="muted">No claims attributed to {speaker.name} yet.</p>
        ) : (
          <ol className="list">
            {claims.items.map((c) => (
              <li key={c.id}>
                <SpeakerClaimLine claim={c} />{" "}
                <span className="muted small-text">{formatDay(c.date)}</span>
              </li>
            ))}
          </ol>
        )}
        <PageLinks
          name="cpage"
          page={claims.page}
          pageCount={claims.pageCount}
          label="Claim pages"
        />
      </section>
      <section className="card stack" aria-labelledby="statements-h">
        <h2 id="statements-h">Statements ({statements.total})</h2>
        {statements.items.length === 0 ? (
          <p className="muted">No statements from articles yet.</p>
        ) : (
          <ol className="list">
            {statements.items.map((s) => (
              <li key={s.id}>
                “{s.text}”{" "}
                <span className="muted small-text">
                  {statementKindLabel(s.kind)} ·{" "}
                  <Link to={`/articles/${s.article.id}`}>{s.article.title}</Link> ·{" "}
                  {formatDay(s.article.date)}
                </span>
                {s.claim ? (
                  <div className="small-text">
                    claim: <SpeakerClaimLine claim={s.claim} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        <PageLinks
          name="spage"
          page={statements.page}
          pageCount={statements.pageCount}
          label="Statement pages"
        />
      </section>
      <section className="card stack" aria-labelledby="articles-h">
        <h2 id="articles-h">Articles</h2>
        {page.articles.length === 0 ? (
          <p className="muted">Not named in any article on the desk.</p>
        ) : (
          <ul className="list">
            {page.articles.map((a) => (
              <li key={a.id}>
                <Link to={`/articles/${a.id}`}>{a.title}</Link>{" "}
                <span className="muted small-text">
                  {[a.outlet, formatDay(a.date), `${a.count} statement${a.count === 1 ? "" : "s"}`]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <SpeakerMerge speaker={speaker} canMerge={canMerge} find={find} candidates={candidates} />
    </div>
  );
}
