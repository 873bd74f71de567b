import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Pagination } from "~/components/pagination.tsx";
import { StatusBadge, statusLabel } from "~/components/status-badge.tsx";
import { TableScroll } from "~/components/table-scroll.tsx";
import { checkworthinessWords } from "~/lib/checkworthiness.ts";
import {
  personHeading,
  readPersonFilter,
  readStageFilter,
  readVerdictFilter,
  stageHeading,
  verdictHeading,
} from "~/lib/desk-lists.ts";
import { LIST_ITEM_ATTRIBUTE, useListKeys } from "~/lib/use-list-keys.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Review queue · claimdesk" }];

const SCOPES = [
  { value: "open", label: "Unassigned and mine" },
  { value: "unassigned", label: "Unassigned" },
  { value: "mine", label: "Mine" },
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request);
  const url = new URL(request.url);
  const scope = SCOPES.find((s) => s.value === url.searchParams.get("scope"))?.value ?? "open";
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
  // a dashboard bar's list: one person's work, or the claims a verdict bar counted
  const person = readPersonFilter(url.searchParams);
  const verdicts = person ? undefined : readVerdictFilter(url.searchParams);
  const stage = person || verdicts ? undefined : readStageFilter(url.searchParams);
  const caller = await serverCaller(request);
  return {
    scope,
    filter: person ?? null,
    verdicts: verdicts ?? null,
    stage: stage ?? null,
    ...(await caller.review.queue({ scope, page, pageSize: 25, person, verdicts, stage })),
  };
}

function age(date: string | Date) {
  const days = Math.floor((Date.now() - new Date(date).getTime()) / 86_400_000);
  return days <= 0 ? "today" : days === 1 ? "1 day" : `${days} days`;
}

/** The dashboard bar a filtered list stands for, in words: its heading, note and empty state. */
function dashboardList(data: ReturnType<typeof useLoaderData<typeof loader>>) {
  if (data.filter) {
    return {
      label: "Filtered by person",
      heading: data.person
        ? personHeading(data.filter, data.person.name)
        : "No such person: the link may be out of date.",
      explain: null,
      empty: "No claims for this person in this range.",
    };
  }
  if (data.verdicts) {
    return {
      label: "Filtered by verdict",
      heading: verdictHeading(data.verdicts),
      explain: "The desk's own claims whose current verdict was approved in the range.",
      empty: "No claims with such a verdict were approved in this range.",
    };
  }
  if (data.stage) {
    return {
      label: "Filtered by stage",
      heading: stageHeading(data.stage, statusLabel(data.stage.stage)),
      explain: "The desk's own claims, as the dashboard's timings count them.",
      empty: "No claims counted for this stage in this range.",
    };
  }
  return null;
}

export default function Queue() {
  const data = useLoaderData<typeof loader>();
  useListKeys();
  const [params] = useSearchParams();
  const list = dashboardList(data);
  const filtered = list !== null;
  return (
    <div className="stack">
      <h1>Review queue</h1>
      {list ? (
        <section className="card stack" aria-label={list.label}>
          <h2>{list.heading}</h2>
          <p className="small-text">
            {list.explain ? `${list.explain} ` : null}
            <Link to="/dashboard">Back to the dashboard</Link> ·{" "}
            <Link to="/queue">The whole queue</Link>
          </p>
        </section>
      ) : null}
      <nav className="tabs" aria-label="Queue filter">
        {SCOPES.map((s) => (
          <Link
            key={s.value}
            to={`?scope=${s.value}`}
            aria-current={!filtered && data.scope === s.value ? "page" : undefined}
          >
            {s.label}
          </Link>
        ))}
      </nav>
      <p className="muted">
        {data.total} claim{data.total === 1 ? "" : "s"}
        {filtered ? "" : " waiting"}, most check-worthy first.
        {data.items.length > 1 ? (
          <span className="keys-hint"> Keys: j / k to move, Enter to open.</span>
        ) : null}
      </p>
      {data.items.length === 0 ? (
        <div className="card">
          <p>
            {list
              ? list.empty
              : data.scope === "mine"
                ? "Nothing is assigned to you. Take a claim from the unassigned list."
                : "The queue is empty. Submit an article to find new claims."}
          </p>
        </div>
      ) : (
        <TableScroll label="Review queue" className="card">
          <table className="stack-on-phone">
            <caption className="visually-hidden">Claims in the review queue</caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Status</th>
                <th scope="col">Check-worthy</th>
                <th scope="col">Waiting</th>
                <th scope="col">Assignee</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/claims/${c.id}`} {...{ [LIST_ITEM_ATTRIBUTE]: "" }}>
                      {c.text}
                    </Link>
                    <div className="muted small-text">
                      {c.speaker ?? "Unknown speaker"} · {c.appearances} appearance
                      {c.appearances === 1 ? "" : "s"} · {c.evidence} evidence
                    </div>
                    {c.repeatOf ? (
                      <div className="small-text">
                        <span className="badge badge-warn">Repeat of a checked claim</span>{" "}
                        <Link to={`/claims/${c.repeatOf.claimId}`}>{c.repeatOf.text}</Link>
                      </div>
                    ) : null}
                  </td>
                  <td data-label="Status">
                    <StatusBadge status={c.status} />
                  </td>
                  <td data-label="Check-worthy">
                    <span title={checkworthinessWords(c.checkworthiness).title}>
                      {checkworthinessWords(c.checkworthiness).text}
                    </span>
                  </td>
                  <td data-label="Waiting">{age(c.createdAt)}</td>
                  <td data-label="Assignee">
                    {c.assignee?.name ?? <span className="muted">—</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} search={params} />
    </div>
  );
}
