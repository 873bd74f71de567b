import type { Db } from "@claimdesk/db";
import { OWN_CLAIMS_WHERE } from "../claims/claim-origin.ts";

const DAY = 86_400_000;

/**
 * Numbers behind the dashboard charts, each small enough to render as an SVG and a table. Only
 * the desk's own claims count: earlier checks by other organisations (LIAR, ClaimReview imports
 * and harvests, `OUTSIDE_ORIGINS`) are never the desk's publications or checks.
 */
export async function getDashboardStats(db: Db, now = new Date()) {
  const [byStatus, verdicts, checks, worthiness, open] = await Promise.all([
    db.claim.groupBy({ by: ["status"], where: OWN_CLAIMS_WHERE, _count: { _all: true } }),
    db.$queryRaw<{ label: string; position: number; count: bigint }[]>`
      select l.name as label, l.position, count(*)::bigint as count
      from "Rating" r join "RatingLabel" l on l.id = r."labelId"
      join "Claim" c on c.id = r."claimId"
      where r.status = 'approved' and c.origin in ('extracted', 'manual') group by l.name, l.position order by l.position`,
    db.$queryRaw<{ week: Date; count: bigint }[]>`
      select date_trunc('week', r."createdAt") as week, count(*)::bigint as count
      from "Rating" r join "Claim" c on c.id = r."claimId"
      where c.origin in ('extracted', 'manual')
        and r."createdAt" >= ${new Date(now.getTime() - 12 * 7 * DAY)}
      group by 1 order by 1`,
    db.$queryRaw<{ bucket: number; count: bigint }[]>`
      select least(floor(checkworthiness * 10), 9)::int as bucket, count(*)::bigint as count
      from "Claim" where origin in ('extracted', 'manual') group by 1 order by 1`,
    db.claim.findMany({
      where: { ...OWN_CLAIMS_WHERE, status: { in: ["new", "in_research", "rated", "approved"] } },
      select: { createdAt: true },
    }),
  ]);
  const statusOrder = ["new", "in_research", "rated", "approved", "published"];
  const ageBuckets = [
    { label: "< 1 day", max: 1 },
    { label: "1–3 days", max: 3 },
    { label: "3–7 days", max: 7 },
    { label: "1–4 weeks", max: 28 },
    { label: "> 4 weeks", max: Number.POSITIVE_INFINITY },
  ];
  const ages = ageBuckets.map((b) => ({ label: b.label, count: 0 }));
  for (const claim of open) {
    const days = (now.getTime() - claim.createdAt.getTime()) / DAY;
    const i = ageBuckets.findIndex((b) => days < b.max);
    ages[i]!.count += 1;
  }
  const weeks: { label: string; count: number }[] = [];
  const start = new Date(now.getTime() - 11 * 7 * DAY);
  for (let i = 0; i < 12; i++) {
    const day = new Date(start.getTime() + i * 7 * DAY);
    const monday = new Date(
      Date.UTC(
        day.getUTCFullYear(),
        day.getUTCMonth(),
        day.getUTCDate() - ((day.getUTCDay() + 6) % 7),
      ),
    );
    const found = checks.find(
      (c) => c.week.toISOString().slice(0, 10) === monday.toISOString().slice(0, 10),
    );
    weeks.push({ label: monday.toISOString().slice(0, 10), count: Number(found?.count ?? 0) });
  }
  return {
    byStatus: statusOrder.map((s) => ({
      label: s,
      count: byStatus.find((b) => b.status === s)?._count._all ?? 0,
    })),
    byVerdict: verdicts.map((v) => ({ label: v.label, count: Number(v.count) })),
    checksOverTime: weeks,
    checkworthiness: Array.from({ length: 10 }, (_, i) => ({
      label: `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`,
      count: Number(worthiness.find((w) => w.bucket === i)?.count ?? 0),
    })),
    queueAge: ages,
  };
}
