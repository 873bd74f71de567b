import type { Db } from "@claimdesk/db";
import { Prisma } from "@claimdesk/db";
import { countedVerdictsSql, ownClaimSql } from "../desk-work/index.ts";
import { OPEN_CLAIM_STATUSES } from "../workflow/claim-statuses.ts";
import type { DateRange } from "./desk-timings.ts";

const HOUR = 3_600_000;
const hours = (v: number | null) => (v == null ? null : Math.round((v / HOUR) * 10) / 10);
/** The most speakers, outlets or tags a verdict chart shows. */
export const TOP_GROUPS = 8;

type Row = { grp: string; label: string; position: number; count: bigint };
function groupRows(rows: Row[]) {
  const groups = new Map<
    string,
    { name: string; total: number; verdicts: { label: string; count: number }[] }
  >();
  for (const r of rows) {
    const g = groups.get(r.grp) ?? { name: r.grp, total: 0, verdicts: [] };
    g.total += Number(r.count);
    g.verdicts.push({ label: r.label, count: Number(r.count) });
    groups.set(r.grp, g);
  }
  return [...groups.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

/**
 * What the desk produced in the range: approval wait (rating written → approved), each
 * person's ratings and approvals and their open assignments today, the corrections rate of
 * its publications, and its verdicts by speaker, outlet and tag (the biggest groups). Outside
 * checks never count (ownClaimSql).
 */
export async function getDeskOutput(db: Db, range: DateRange) {
  // the rows the verdict bars count; their click-through lists read the same (listCountedVerdictClaimIds)
  const verdicts = countedVerdictsSql(range);
  const [approval, people, open, corrections, bySpeaker, byOutlet, byTag] = await Promise.all([
    db.$queryRaw<{ n: bigint; median: number | null; p90: number | null }[]>`
      select count(*)::bigint as n,
        percentile_cont(0.5) within group (order by extract(epoch from r."approvedAt" - r."createdAt") * 1000) as median,
        percentile_cont(0.9) within group (order by extract(epoch from r."approvedAt" - r."createdAt") * 1000) as p90
      from "Rating" r join "Claim" c on c.id = r."claimId"
      where ${ownClaimSql("c")} and r."approvedAt" >= ${range.from} and r."approvedAt" < ${range.to}
        and r."authorId" is not null`,
    db.$queryRaw<{ id: string; name: string; rated: bigint; approved: bigint }[]>`
      select u.id, u.name,
        count(*) filter (where x.kind = 'rated')::bigint as rated,
        count(*) filter (where x.kind = 'approved')::bigint as approved
      from (
        select r."authorId" as uid, 'rated' as kind from "Rating" r join "Claim" c on c.id = r."claimId"
        where ${ownClaimSql("c")} and r."createdAt" >= ${range.from} and r."createdAt" < ${range.to}
        union all
        select r."approverId", 'approved' from "Rating" r join "Claim" c on c.id = r."claimId"
        where ${ownClaimSql("c")} and r."approvedAt" >= ${range.from} and r."approvedAt" < ${range.to}
      ) x join "User" u on u.id = x.uid
      group by u.id, u.name order by rated desc, approved desc, u.name limit 50`,
    db.$queryRaw<{ id: string; name: string; open: bigint }[]>`
      select u.id, u.name, count(*)::bigint as open
      from "Claim" c join "User" u on u.id = c."assigneeId"
      where c.status::text in (${Prisma.join([...OPEN_CLAIM_STATUSES])}) and ${ownClaimSql("c")}
      group by u.id, u.name order by open desc, u.name limit 50`,
    db.$queryRaw<{ published: bigint; corrected: bigint }[]>`
      select count(*)::bigint as published,
        count(*) filter (where exists (
          select 1 from "Rating" r where r."claimId" = c.id and r."supersedesId" is not null
            and r."approvedAt" is not null))::bigint as corrected
      from "Claim" c
      where ${ownClaimSql("c")} and c.status = 'published'
        and c."publishedAt" >= ${range.from} and c."publishedAt" < ${range.to}`,
    db.$queryRaw<Row[]>`
      with v as (${verdicts}), top as (
        select "speakerId" from v where "speakerId" is not null
        group by 1 order by count(*) desc, 1 limit ${TOP_GROUPS})
      select v.speaker as grp, v.label, v.position, count(*)::bigint as count
      from v join top using ("speakerId")
      group by 1, 2, 3 order by 1, 3`,
    db.$queryRaw<Row[]>`
      with v as (${verdicts}), vo as (
        select distinct v.id, v.label, v.position, o.name as outlet from v
        join "Statement" s on s."claimId" = v.id join "Article" a on a.id = s."articleId"
        join "Outlet" o on o.id = a."outletId"),
      top as (select outlet from vo group by 1 order by count(*) desc, 1 limit ${TOP_GROUPS})
      select vo.outlet as grp, vo.label, vo.position, count(*)::bigint as count
      from vo join top using (outlet) group by 1, 2, 3 order by 1, 3`,
    db.$queryRaw<Row[]>`
      with v as (${verdicts}), vt as (select v.id, v.label, v.position, unnest(v.tags) as tag from v),
      top as (select tag from vt group by 1 order by count(*) desc, 1 limit ${TOP_GROUPS})
      select vt.tag as grp, vt.label, vt.position, count(*)::bigint as count
      from vt join top using (tag) group by 1, 2, 3 order by 1, 3`,
  ]);
  const published = Number(corrections[0]?.published ?? 0);
  const corrected = Number(corrections[0]?.corrected ?? 0);
  return {
    approvalWait: {
      approved: Number(approval[0]?.n ?? 0),
      medianHours: hours(approval[0]?.median ?? null),
      p90Hours: hours(approval[0]?.p90 ?? null),
    },
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      rated: Number(p.rated),
      approved: Number(p.approved),
    })),
    openAssignments: open.map((p) => ({ id: p.id, name: p.name, open: Number(p.open) })),
    corrections: { published, corrected, rate: published ? corrected / published : null },
    verdictsBySpeaker: groupRows(bySpeaker),
    verdictsByOutlet: groupRows(byOutlet),
    verdictsByTag: groupRows(byTag),
  };
}
