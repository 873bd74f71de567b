import type { Db } from "@claimdesk/db";
import { isOutsideCheck, ownClaimSql } from "../desk-work/index.ts";
import { notFound } from "../errors.ts";

export const SPEAKER_PAGE_SIZE = 20;
const LIST_LIMIT = 50;
const TIMELINE_MONTHS = 36;

const latestVerdict = {
  where: { status: "approved" as const },
  orderBy: { approvedAt: "desc" as const },
  take: 1,
  select: { label: { select: { name: true } } },
};
const claimSummary = {
  id: true,
  text: true,
  status: true,
  origin: true,
  externalPublisher: true,
  ratings: latestVerdict,
} as const;

type ClaimRow = {
  id: string;
  text: string;
  status: string;
  origin: "extracted" | "manual" | "liar" | "claimreview";
  externalPublisher: string | null;
  ratings: { label: { name: string } }[];
};

function toClaim(c: ClaimRow) {
  return {
    id: c.id,
    text: c.text,
    status: c.status,
    verdict: c.ratings[0]?.label.name ?? null,
    outside: isOutsideCheck(c),
    publisher: c.externalPublisher,
  };
}

/**
 * Everything a speaker's page shows: who they are, their claims and statements with verdicts
 * (paged), verdict counts (the desk's and outside fact-checkers' apart), statements over time,
 * the articles they appear in and their statements that repeat checked claims. A speaker merged
 * into another answers `{ redirectTo }` with the other's slug.
 */
export async function getSpeakerPage(
  db: Db,
  input: { slug: string; claimsPage?: number; statementsPage?: number },
) {
  const speaker = await db.speaker.findFirst({
    // by slug, or by id (links that know the record, e.g. a claim's speaker)
    where: { OR: [{ slug: input.slug }, { id: input.slug }] },
    include: {
      mergedInto: { select: { slug: true } },
      mergedFrom: { select: { id: true, name: true, slug: true, mergedAt: true } },
    },
  });
  if (!speaker) throw notFound("Speaker");
  if (speaker.mergedInto) return { redirectTo: speaker.mergedInto.slug } as const;
  if (speaker.slug !== input.slug) return { redirectTo: speaker.slug } as const;
  const id = speaker.id;
  const claimsPage = Math.max(1, input.claimsPage ?? 1);
  const statementsPage = Math.max(1, input.statementsPage ?? 1);
  const [claimCount, statementCount, claims, statements, verdicts, timeline, articles, repeats] =
    await Promise.all([
      db.claim.count({ where: { speakerId: id } }),
      db.statement.count({ where: { speakerId: id } }),
      db.claim.findMany({
        where: { speakerId: id },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip: (claimsPage - 1) * SPEAKER_PAGE_SIZE,
        take: SPEAKER_PAGE_SIZE,
        select: { ...claimSummary, claimDate: true, reviewedAt: true, createdAt: true },
      }),
      db.statement.findMany({
        where: { speakerId: id },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip: (statementsPage - 1) * SPEAKER_PAGE_SIZE,
        take: SPEAKER_PAGE_SIZE,
        select: {
          id: true,
          text: true,
          kind: true,
          article: { select: { id: true, title: true, publishedAt: true, createdAt: true } },
          claim: { select: claimSummary },
        },
      }),
      db.$queryRaw<{ label: string; position: number; outside: boolean; count: bigint }[]>`
        select l.name as label, l.position, not (${ownClaimSql("c")}) as outside,
          count(*)::bigint as count
        from "Claim" c
        join lateral (
          select r."labelId" from "Rating" r where r."claimId" = c.id and r.status = 'approved'
          order by r."approvedAt" desc nulls last limit 1
        ) v on true
        join "RatingLabel" l on l.id = v."labelId"
        where c."speakerId" = ${id}
        group by 1, 2, 3 order by 2, 1`,
      db.$queryRaw<{ month: string; count: bigint }[]>`
        select to_char(m, 'YYYY-MM') as month, count(*)::bigint as count from (
          select date_trunc('month', coalesce(a."publishedAt", a."createdAt")) as m
          from "Statement" s join "Article" a on a.id = s."articleId" where s."speakerId" = ${id}
          union all
          select date_trunc('month', coalesce(c."claimDate", c."reviewedAt", c."createdAt"))
          from "Claim" c where c."speakerId" = ${id}
            and not exists (select 1 from "Statement" s where s."claimId" = c.id)
        ) x group by 1 order by 1 desc limit ${TIMELINE_MONTHS}`,
      db.$queryRaw<
        { id: string; title: string; date: Date; outlet: string | null; count: bigint }[]
      >`
        select a.id, a.title, coalesce(a."publishedAt", a."createdAt") as date, o.name as outlet,
          count(*)::bigint as count
        from "Statement" s join "Article" a on a.id = s."articleId"
        left join "Outlet" o on o.id = a."outletId"
        where s."speakerId" = ${id}
        group by a.id, o.name order by 3 desc limit ${LIST_LIMIT}`,
      db.statement.findMany({
        where: { speakerId: id, repeatOfClaimId: { not: null } },
        orderBy: { createdAt: "desc" },
        take: LIST_LIMIT,
        select: {
          id: true,
          text: true,
          repeatScore: true,
          article: { select: { id: true, title: true } },
          repeatOf: { select: { ...claimSummary, slug: true } },
        },
      }),
    ]);
  return {
    speaker: {
      id,
      name: speaker.name,
      slug: speaker.slug,
      role: speaker.role,
      party: speaker.party,
      state: speaker.state,
      aliases: speaker.aliases,
      mergedFrom: speaker.mergedFrom.map((m) => ({
        id: m.id,
        name: m.name,
        slug: m.slug,
        mergedAt: m.mergedAt,
      })),
    },
    claims: {
      total: claimCount,
      page: claimsPage,
      pageCount: Math.max(1, Math.ceil(claimCount / SPEAKER_PAGE_SIZE)),
      items: claims.map((c) => ({
        ...toClaim(c),
        date: c.claimDate ?? c.reviewedAt ?? c.createdAt,
      })),
    },
    statements: {
      total: statementCount,
      page: statementsPage,
      pageCount: Math.max(1, Math.ceil(statementCount / SPEAKER_PAGE_SIZE)),
      items: statements.map((s) => ({
        id: s.id,
        text: s.text,
        kind: s.kind,
        article: {
          id: s.article.id,
          title: s.article.title,
          date: s.article.publishedAt ?? s.article.createdAt,
        },
        claim: s.claim ? toClaim(s.claim) : null,
      })),
    },
    verdicts: {
      desk: verdicts
        .filter((v) => !v.outside)
        .map((v) => ({ label: v.label, count: Number(v.count) })),
      outside: verdicts
        .filter((v) => v.outside)
        .map((v) => ({ label: v.label, count: Number(v.count) })),
    },
    timeline: timeline.reverse().map((t) => ({ label: t.month, count: Number(t.count) })),
    articles: articles.map((a) => ({ ...a, count: Number(a.count) })),
    repeats: repeats.map((r) => ({
      id: r.id,
      text: r.text,
      score: r.repeatScore,
      article: r.article,
      checked: r.repeatOf ? { ...toClaim(r.repeatOf), slug: r.repeatOf.slug } : null,
    })),
  };
}
