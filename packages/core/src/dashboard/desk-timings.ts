import type { Db } from "@claimdesk/db";
import { Prisma } from "@claimdesk/db";
import { ownClaimSql } from "../desk-work/index.ts";

export interface DateRange {
  from: Date;
  /** exclusive */
  to: Date;
}

const HOUR = 3_600_000;
const hours = (v: number | null) => (v == null ? null : Math.round((v / HOUR) * 10) / 10);

/**
 * When each of the desk's own claims first entered each stage, from the audit trail the
 * workflow writes (transitionClaim, assignClaim): research starts with `claim.research`,
 * `claim.assign` or the first evidence; rated is the first `rating.create`; approved the first
 * `rating.approve`; published is `Claim.publishedAt`. Only claims published or moved in the
 * range are read (the audit index on entityType, entityId, createdAt serves the lateral look-ups).
 */
const stagesSql = (range: DateRange) => Prisma.sql`
  select c.id, c."createdAt" as new_at, c."publishedAt" as published_at,
    st.research_at, st.rated_at, st.approved_at
  from "Claim" c
  join lateral (
    select
      min(e."createdAt") filter (where e.action in ('claim.research', 'claim.assign', 'evidence.add')) as research_at,
      min(e."createdAt") filter (where e.action = 'rating.create') as rated_at,
      min(e."createdAt") filter (where e.action = 'rating.approve') as approved_at
    from "AuditEvent" e where e."entityType" = 'claim' and e."entityId" = c.id
  ) st on true
  where ${ownClaimSql("c")}
    and (c."publishedAt" >= ${range.from} and c."publishedAt" < ${range.to}
      or c."updatedAt" >= ${range.from} and c."createdAt" < ${range.to})`;

/**
 * Time from new to published (median and p90, hours) for the desk's claims published in the
 * range, the same per week, and the median wait in each stage for stages left in the range.
 */
export async function getDeskTimings(db: Db, range: DateRange) {
  const stages = stagesSql(range);
  const [cycle, weekly, waits] = await Promise.all([
    db.$queryRaw<{ n: bigint; median: number | null; p90: number | null }[]>`
      with s as (${stages})
      select count(*)::bigint as n,
        percentile_cont(0.5) within group (order by extract(epoch from published_at - new_at) * 1000) as median,
        percentile_cont(0.9) within group (order by extract(epoch from published_at - new_at) * 1000) as p90
      from s where published_at >= ${range.from} and published_at < ${range.to}`,
    db.$queryRaw<{ week: string; median: number; p90: number; n: bigint }[]>`
      with s as (${stages})
      select to_char(date_trunc('week', published_at), 'YYYY-MM-DD') as week, count(*)::bigint as n,
        percentile_cont(0.5) within group (order by extract(epoch from published_at - new_at) * 1000) as median,
        percentile_cont(0.9) within group (order by extract(epoch from published_at - new_at) * 1000) as p90
      from s where published_at >= ${range.from} and published_at < ${range.to}
      group by 1 order by 1`,
    db.$queryRaw<{ stage: string; n: bigint; median: number | null; p90: number | null }[]>`
      with s as (${stages}),
      w as (
        select 'new' as stage, least(research_at, rated_at) as left_at,
          new_at as entered_at from s
        union all
        select 'in_research', rated_at, research_at from s where research_at <= rated_at
        union all
        select 'rated', approved_at, rated_at from s
        union all
        select 'approved', published_at, approved_at from s
      )
      select stage, count(*)::bigint as n,
        percentile_cont(0.5) within group (order by extract(epoch from left_at - entered_at) * 1000) as median,
        percentile_cont(0.9) within group (order by extract(epoch from left_at - entered_at) * 1000) as p90
      from w where left_at >= ${range.from} and left_at < ${range.to} and entered_at is not null
      group by stage`,
  ]);
  const order = ["new", "in_research", "rated", "approved"];
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
    stageWaits: order.map((stage) => {
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
