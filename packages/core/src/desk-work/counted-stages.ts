import type { Db } from "@claimdesk/db";
import { Prisma } from "@claimdesk/db";
import { CLAIM_STATUSES } from "../workflow/claim-statuses.ts";
import type { CountedRange } from "./counted-verdicts.ts";
import { ownClaimSql } from "./own-work.ts";

/**
 * When each of the desk's own claims first entered each stage, from the audit trail the
 * workflow writes (transitionClaim, core/workflow): research starts with `claim.research`,
 * `claim.assign` or the first evidence; rated is the first `rating.create`; approved the first
 * `rating.approve`; published is `Claim.publishedAt`. Only claims published or moved in the
 * range are read (the audit index on entityType, entityId, createdAt serves the lateral look-ups).
 * Columns: id, new_at, research_at, rated_at, approved_at, published_at, checkworthiness, created_at.
 */
export const stageTimesSql = (range: CountedRange) => Prisma.sql`
  select c.id, c."createdAt" as new_at, c."publishedAt" as published_at,
    st.research_at, st.rated_at, st.approved_at, c.checkworthiness, c."createdAt" as created_at
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
 * The waits the dashboard counts: one row per claim and stage it left in the range (id, stage,
 * entered_at, left_at, checkworthiness, created_at). A stage is left when the claim first moves on.
 */
export const stageWaitsSql = (range: CountedRange) => Prisma.sql`
  with s as (${stageTimesSql(range)}),
  w as (
    select id, 'new' as stage, least(research_at, rated_at) as left_at, new_at as entered_at,
      checkworthiness, created_at from s
    union all
    select id, 'in_research', rated_at, research_at, checkworthiness, created_at from s
      where research_at <= rated_at
    union all
    select id, 'rated', approved_at, rated_at, checkworthiness, created_at from s
    union all
    select id, 'approved', published_at, approved_at, checkworthiness, created_at from s
  )
  select * from w
  where left_at >= ${range.from} and left_at < ${range.to} and entered_at is not null`;

/** The desk's claims published in the range, with their stage times (the new → published cycle). */
export const publishedInRangeSql = (range: CountedRange) => Prisma.sql`
  select * from (${stageTimesSql(range)}) s
  where published_at >= ${range.from} and published_at < ${range.to}`;

/** Every status is a stage a timing bar counts. */
export const COUNTED_STAGES = CLAIM_STATUSES;
export type CountedStage = (typeof COUNTED_STAGES)[number];

/**
 * The claims a timing bar counted, most check-worthy first: for `published`, the claims published
 * in the range (new → published per week); for another stage, the claims that left it in the
 * range (the wait in each stage). How many, and the ids of one page.
 */
export async function listCountedStageClaimIds(
  db: Db,
  filter: CountedRange & { stage: CountedStage },
  page: { skip: number; take: number },
) {
  const rows =
    filter.stage === "published"
      ? publishedInRangeSql(filter)
      : Prisma.sql`select * from (${stageWaitsSql(filter)}) x where x.stage = ${filter.stage}`;
  const [found, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      select r.id from (${rows}) r
      order by r.checkworthiness desc, r.created_at desc, r.id asc
      offset ${page.skip} limit ${page.take}`,
    db.$queryRaw<{ n: bigint }[]>`select count(*)::bigint as n from (${rows}) r`,
  ]);
  return { total: Number(counted[0]?.n ?? 0), ids: found.map((r) => r.id) };
}
