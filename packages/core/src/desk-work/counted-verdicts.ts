import type { Db } from "@claimdesk/db";
import { Prisma } from "@claimdesk/db";
import { ownClaimSql } from "./own-work.ts";

/** A half-open time range [from, to). */
export interface CountedRange {
  from: Date;
  to: Date;
}

/**
 * The desk's verdicts as the dashboard counts them: each of its own claims (ownClaimSql) with its
 * current verdict, the latest approved rating, approved in [from, to). One row per claim: id,
 * speakerId, speaker (name), tags, label (the verdict's name), position (its place on the scale),
 * checkworthiness and createdAt (the order lists use). The dashboard's "verdicts by speaker,
 * outlet and tag" and the list a bar clicks through to both read this, so they cannot disagree.
 */
export const countedVerdictsSql = (range: CountedRange) => Prisma.sql`
  select c.id, c."speakerId", sp.name as speaker, c.tags, l.name as label, l.position,
    c.checkworthiness, c."createdAt"
  from "Claim" c
  join lateral (
    select r."labelId", r."approvedAt" from "Rating" r
    where r."claimId" = c.id and r.status = 'approved'
    order by r."approvedAt" desc nulls last limit 1
  ) v on true
  join "RatingLabel" l on l.id = v."labelId"
  left join "Speaker" sp on sp.id = c."speakerId"
  where ${ownClaimSql("c")} and v."approvedAt" >= ${range.from} and v."approvedAt" < ${range.to}`;

/**
 * A verdict bar (or a part of one): the counted verdicts of a speaker, outlet or tag, approved in
 * [from, to) (no bound when left out).
 */
export interface CountedVerdictFilter extends Partial<CountedRange> {
  /** the speaker's name, as the bar names it */
  speaker?: string;
  /** the outlet's name: the claim appears in an article of that outlet */
  outlet?: string;
  tag?: string;
  /** the verdict's name on the scale, e.g. "Mostly false" */
  verdict?: string;
}

/** The same test a bar's group applies, on a row `v` of countedVerdictsSql. */
function groupSql(filter: CountedVerdictFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`true`];
  if (filter.speaker != null) parts.push(Prisma.sql`v.speaker = ${filter.speaker}`);
  if (filter.tag != null) parts.push(Prisma.sql`${filter.tag} = any(v.tags)`);
  if (filter.verdict != null) parts.push(Prisma.sql`v.label = ${filter.verdict}`);
  if (filter.outlet != null)
    parts.push(Prisma.sql`exists (
      select 1 from "Statement" s join "Article" a on a.id = s."articleId"
      join "Outlet" o on o.id = a."outletId"
      where s."claimId" = v.id and o.name = ${filter.outlet})`);
  return Prisma.join(parts, " and ");
}

/**
 * The claims a verdict bar counted, most check-worthy first (the review queue's order): how many,
 * and the ids of one page of them.
 */
export async function listCountedVerdictClaimIds(
  db: Db,
  filter: CountedVerdictFilter,
  page: { skip: number; take: number },
) {
  const range = {
    from: filter.from ?? new Date(0),
    to: filter.to ?? new Date("9999-12-31T00:00:00Z"),
  };
  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    with v as (${countedVerdictsSql(range)})
    select v.id, count(*) over ()::bigint as total from v
    where ${groupSql(filter)}
    order by v.checkworthiness desc, v."createdAt" desc, v.id asc
    offset ${page.skip} limit ${page.take}`;
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && page.skip > 0) {
    const [n] = await db.$queryRaw<{ n: bigint }[]>`
      with v as (${countedVerdictsSql(range)})
      select count(*)::bigint as n from v where ${groupSql(filter)}`;
    total = Number(n?.n ?? 0);
  }
  return { total, ids: rows.map((r) => r.id) };
}
