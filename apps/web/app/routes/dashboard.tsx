import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { BarChart } from "~/components/bar-chart.tsx";
import { StackedBarChart } from "~/components/stacked-bar-chart.tsx";
import { statusLabel } from "~/components/status-badge.tsx";
import { formatDay } from "~/lib/dates.ts";
import {
  type ListStage,
  personListHref,
  stageListHref,
  verdictListHref,
} from "~/lib/desk-lists.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Dashboard · claimdesk" }];

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request);
  const url = new URL(request.url);
  const day = (name: string) => {
    const v = url.searchParams.get(name) ?? "";
    return DAY_RE.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined;
  };
  const caller = await serverCaller(request);
  return caller.dashboard.desk({ from: day("from"), to: day("to") });
}

const hoursText = (h: number | null) =>
  h == null ? "–" : h >= 48 ? `${(h / 24).toFixed(1)} days` : `${h} h`;

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

function Stat(props: { label: string; value: string; detail?: string }) {
  return (
    <li className="card">
      <div className="muted small-text">{props.label}</div>
      <div className="stat-value">{props.value}</div>
      {props.detail ? <div className="small-text muted">{props.detail}</div> : null}
    </li>
  );
}

/** What a desk lead watches: how long checks take, where they wait, who does them, what came out. */
export default function Dashboard() {
  const d = useLoaderData<typeof loader>();
  const range = {
    from: formatDay(d.range.from),
    to: formatDay(new Date(new Date(d.range.to).getTime() - DAY)),
  };
  const rate = d.corrections.rate;
  return (
    <div className="stack">
      <h1>Dashboard</h1>
      <Form method="get" className="date-range card" aria-label="Date range">
        <div>
          <label htmlFor="from">From</label>
          <br />
          <input
            id="from"
            name="from"
            type="text"
            inputMode="numeric"
            pattern="\d{4}-\d{2}-\d{2}"
            placeholder="2026-12-01"
            title="A date written as 2026-12-01"
            defaultValue={range.from}
          />
        </div>
        <div>
          <label htmlFor="to">To</label>
          <br />
          <input
            id="to"
            name="to"
            type="text"
            inputMode="numeric"
            pattern="\d{4}-\d{2}-\d{2}"
            placeholder="2026-12-01"
            title="A date written as 2026-12-01"
            defaultValue={range.to}
          />
        </div>
        <button type="submit">Show</button>
        <span className="muted small-text">
          {range.from} to {range.to}. The desk's own work only: checks imported from other
          fact-checkers are not counted.
        </span>
      </Form>
      <ul className="stat-grid" aria-label="In this range">
        <Stat
          label="New → published, median"
          value={hoursText(d.cycle.medianHours)}
          detail={`p90 ${hoursText(d.cycle.p90Hours)} · ${d.cycle.published} published`}
        />
        <Stat
          label="Approval wait, median"
          value={hoursText(d.approvalWait.medianHours)}
          detail={`p90 ${hoursText(d.approvalWait.p90Hours)} · ${d.approvalWait.approved} approved`}
        />
        <Stat
          label="Corrections rate"
          value={rate == null ? "–" : `${Math.round(rate * 1000) / 10} %`}
          detail={`${d.corrections.corrected} of ${d.corrections.published} publications corrected`}
        />
      </ul>
      <div className="charts">
        <BarChart
          title="New → published per week (median hours)"
          data={d.cycleByWeek.map((w) => ({
            label: w.week,
            count: w.medianHours,
            // the week's days inside the range: what the bar counted
            href: stageListHref("published", {
              from: maxDay(w.week, range.from),
              to: minDay(formatDay(new Date(Date.parse(w.week) + 6 * DAY)), range.to),
            }),
          }))}
          summary={d.cycleByWeek
            .map(
              (w) =>
                `week of ${w.week}: median ${w.medianHours} h, p90 ${w.p90Hours} h, ${w.published} published`,
            )
            .join("; ")}
          vertical
          unit="Median hours"
        />
        <BarChart
          title="Median wait in each stage (hours)"
          data={d.stageWaits.map((s) => ({
            label: statusLabel(s.stage),
            count: s.medianHours ?? 0,
            href: stageListHref(s.stage as ListStage, range),
          }))}
          summary={d.stageWaits
            .map(
              (s) =>
                `${statusLabel(s.stage)}: median ${hoursText(s.medianHours)}, p90 ${hoursText(s.p90Hours)} (${s.claims} claims)`,
            )
            .join("; ")}
          unit="Median hours"
        />
        <BarChart
          title="Verdicts written per person"
          data={d.people.map((p) => ({
            label: p.name,
            count: p.rated,
            href: personListHref(p.id, "rated", range),
          }))}
          summary={d.people
            .map((p) => `${p.name}: ${p.rated} written, ${p.approved} approved`)
            .join("; ")}
          unit="Verdicts"
        />
        <BarChart
          title="Approvals per person"
          data={d.people.map((p) => ({
            label: p.name,
            count: p.approved,
            href: personListHref(p.id, "approved", range),
          }))}
          summary={d.people.map((p) => `${p.name}: ${p.approved} approved`).join("; ")}
          unit="Approvals"
        />
        <BarChart
          title="Open assignments (today)"
          data={d.openAssignments.map((p) => ({
            label: p.name,
            count: p.open,
            href: personListHref(p.id, "assigned", range),
          }))}
          summary={d.openAssignments.map((p) => `${p.name}: ${p.open}`).join("; ")}
          unit="Claims"
        />
        <StackedBarChart
          title="Verdicts by speaker"
          groups={d.verdictsBySpeaker}
          href={(speaker, verdict) => verdictListHref({ speaker, verdict }, range)}
        />
        <StackedBarChart
          title="Verdicts by outlet"
          groups={d.verdictsByOutlet}
          href={(outlet, verdict) => verdictListHref({ outlet, verdict }, range)}
        />
        {d.verdictsByTag.length > 0 ? (
          <StackedBarChart
            title="Verdicts by tag"
            groups={d.verdictsByTag}
            href={(tag, verdict) => verdictListHref({ tag, verdict }, range)}
          />
        ) : null}
      </div>
      <p className="muted small-text">
        Stage waits come from the audit trail: a stage is left when the claim first moves on.{" "}
        <Link to="/queue">The queue</Link> lists what is open now.
      </p>
    </div>
  );
}
