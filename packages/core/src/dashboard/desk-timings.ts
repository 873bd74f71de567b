import type { Db } from "@claimdesk/db";
import { type CountedRange, publishedInRangeSql, stageWaitsSql } from "../desk-work/index.ts";
import { OPEN_CLAIM_STATUSES } from "../workflow/claim-statuses.ts";

/** [from, to): the dashboard's range. */
export type DateRange = CountedRange;

const HOUR = 3_600_000;
const hours = (v: number | null) => (v == null ? null : Math.round((v / HOUR) * 10) / 10);

/**
 * Time from new to published (median and p90, hours) for the desk's claims published in the
 * range, the same per week, and the median wait in each stage for stages left in the range. The
 * rows come from desk-work's counted-stages, which the bars' click-through lists read too.
 */
export async function getDeskTimings(db: Db, range: DateRange) {
  const published = publishedInRangeSql(range);
  const [cycle, weekly, waits] = await Promise.all([
    db.$queryRaw<{ n: bigint; median: number | null; p90: number | null }[]>`
      with s as (${published})
      select count(*)::bigint as n,
        percentile_cont(0.5) within group (order by extract(epoch from published_at - new_at) * 1000) as median,
        percentile_cont(0.9) within group (order by extract(epoch from published_at - new_at) * 1000) as p90
      from s`,
    db.$queryRaw<{ week: string; median: number; p90: number; n: bigint }[]>`
      with s as (${published})
      select to_char(date_trunc('week', published_at), 'YYYY-MM-DD') as week, count(*)::bigint as n,
        percentile_cont(0.5) within group (order by extract(epoch from published_at - new_at) * 1000) as median,
        percentile_cont(0.9) within group (order by extract(epoch from published_at - new_at) * 1000) as p90
      from s group by 1 order by 1`,
    db.$queryRaw<{ stage: string; n: bigint; median: number | null; p90: number | null }[]>`
      with w as (${stageWaitsSql(range)})
      select stage, count(*)::bigint as n,
        percentile_cont(0.5) within group (order by extract(epoch from left_at - entered_at) * 1000) as median,
        percentile_cont(0.9) within group (order by extract(epoch from left_at - entered_at) * 1000) as p90
      from w
      group by stage`,
  ]);
  return {
    cycle: {
      published: Number(cycle[0]?.n ?? 0),
      medianHours: hours(cycle[0]?.median ?? null),
      p90Hours: hours(cycle[0]?.p90 ?? null),
    },
    cycleByWeek: weekly.map((w) => ({
      week: w.week,
      published: Number(w.n),
      medianHours: hours(w.median) ?? 0,
      p90Hours: hours(w.p90) ?? 0,
    })),
    stageWaits: OPEN_CLAIM_STATUSES.map((stage) => {
      const row = waits.find((w) => w.stage === stage);
      return {
        stage,
        claims: Number(row?.n ?? 0),
        medianHours: hours(row?.median ?? null),
        p90Hours: hours(row?.p90 ?? null),
      };
    }),
  };
}
