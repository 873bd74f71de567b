import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BarChart, type Datum } from "~/components/bar-chart.tsx";
import { serverCaller } from "~/server/caller.server.ts";
import { requireSession } from "~/server/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Dashboard · claimdesk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request);
  return (await serverCaller(request)).dashboard.stats({});
}

const describe = (data: Datum[], unit: string) =>
  data.length
    ? `${data.map((d) => `${d.label.replace("_", " ")}: ${d.count}`).join(", ")} ${unit}.`
    : "No data.";

export default function Dashboard() {
  const stats = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>Dashboard</h1>
      <div className="charts">
        <BarChart
          title="Claims by status"
          data={stats.byStatus}
          summary={describe(stats.byStatus, "claims")}
        />
        <BarChart
          title="Approved verdicts"
          data={stats.byVerdict}
          summary={describe(stats.byVerdict, "verdicts")}
        />
        <BarChart
          title="Checks per week (last 12 weeks)"
          data={stats.checksOverTime}
          summary={describe(stats.checksOverTime, "ratings written")}
          vertical
        />
        <BarChart
          title="Check-worthiness of claims"
          data={stats.checkworthiness}
          summary={describe(stats.checkworthiness, "claims")}
        />
        <BarChart
          title="Age of open claims"
          data={stats.queueAge}
          summary={describe(stats.queueAge, "claims waiting")}
        />
      </div>
    </div>
  );
}
