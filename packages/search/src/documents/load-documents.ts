import { createHash } from "node:crypto";
import type { Db } from "@claimdesk/db";
import type { IndexName, SearchDocument } from "../types.ts";

type RatingWithLabel = { status: string; createdAt: Date; label: { name: string } };

/** The verdict shown for a claim: its latest approved rating, else its latest non-superseded one. */
export function pickVerdict(ratings: RatingWithLabel[]): string | null {
  const sorted = [...ratings].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const approved = sorted.find((r) => r.status === "approved");
  const current = approved ?? sorted.find((r) => r.status !== "superseded");
  return current?.label.name ?? null;
}

/** Content hash of a document: changes whenever an indexed field does (see verifyIndex). */
export function versionDocument(doc: Omit<SearchDocument, "version">): SearchDocument {
  const version = createHash("sha1").update(JSON.stringify(doc)).digest("hex").slice(0, 16);
  return { ...doc, version };
}

function toIso(date: Date | null | undefined): { date: string | null; dateTs: number | null } {
  if (!date) return { date: null, dateTs: null };
  return { date: date.toISOString(), dateTs: Math.floor(date.getTime() / 1000) };
}

function excerpt(body: string, max = 2000): string {
  if (body.length <= max) return body;
  const cut = body.lastIndexOf(" ", max);
  return `${body.slice(0, cut > max * 0.8 ? cut : max)}…`;
}

const ratingInclude = {
  select: { status: true, createdAt: true, label: { select: { name: true } } },
} as const;

/** Claims as search documents, in the order of `ids`; ids that no longer exist are skipped. */
export async function loadClaimDocuments(db: Db, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const claims = await db.claim.findMany({
    where: { id: { in: ids } },
    include: { speaker: { select: { name: true } }, ratings: ratingInclude },
  });
  return claims.map((c) =>
    versionDocument({
      id: c.id,
      type: "claim",
      text: c.text,
      externalId: c.externalId,
      speaker: c.speaker?.name ?? null,
      verdict: pickVerdict(c.ratings),
      status: c.status,
      outlet: null,
      kind: null,
      claimId: c.id,
      claimKey: c.id,
      articleId: null,
      articleTitle: null,
      body: null,
      byline: null,
      tags: c.tags,
      context: c.context,
      origin: c.origin,
      externalPublisher: c.externalPublisher,
      ...toIso(c.claimDate ?? c.publishedAt ?? c.createdAt),
      checkworthiness: c.checkworthiness,
    }),
  );
}

interface StatementRow {
  id: string;
  text: string;
  kind: string;
  speakerRole: string | null;
  checkworthiness: number;
  fingerprint: string;
  claimId: string | null;
  articleId: string;
  speaker: string | null;
  articleTitle: string;
  articleDate: Date;
  outlet: string | null;
  claimStatus: string | null;
  verdict: string | null;
}

/**
 * Statements (with their speaker, article, outlet and claim verdict) as search documents. One
 * SQL statement (reindexing loads 100K of these; Prisma's relation loading was the bottleneck).
 * The verdict rule is pickVerdict's: latest approved rating, else latest non-superseded one.
 */
export async function loadStatementDocuments(db: Db, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRawUnsafe<StatementRow[]>(
    `select s.id, s.text, s.kind::text as kind, s."speakerRole", s.checkworthiness, s.fingerprint,
       s."claimId", s."articleId", sp.name as speaker, a.title as "articleTitle",
       coalesce(a."publishedAt", a."createdAt") as "articleDate", o.name as outlet,
       c.status::text as "claimStatus", v.name as verdict
     from "Statement" s
     join "Article" a on a.id = s."articleId"
     left join "Outlet" o on o.id = a."outletId"
     left join "Speaker" sp on sp.id = s."speakerId"
     left join "Claim" c on c.id = s."claimId"
     left join lateral (
       select l.name from "Rating" r join "RatingLabel" l on l.id = r."labelId"
       where r."claimId" = s."claimId" and r.status <> 'superseded'
       order by (r.status = 'approved') desc, r."createdAt" desc limit 1
     ) v on true
     where s.id = any($1::text[])`,
    ids,
  );
  return rows.map((s) =>
    versionDocument({
      id: s.id,
      type: "statement",
      text: s.text,
      externalId: null,
      speaker: s.speaker,
      verdict: s.verdict,
      status: s.claimStatus,
      outlet: s.outlet,
      kind: s.kind,
      claimId: s.claimId,
      claimKey: s.claimId ?? `fp:${s.fingerprint}`,
      articleId: s.articleId,
      articleTitle: s.articleTitle,
      body: null,
      byline: null,
      tags: [],
      context: s.speakerRole,
      origin: null,
      externalPublisher: null,
      ...toIso(new Date(s.articleDate)),
      checkworthiness: Number(s.checkworthiness),
    }),
  );
}

/** Articles (title, body excerpt, outlet, byline, date) as search documents. */
export async function loadArticleDocuments(db: Db, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      body: true,
      byline: true,
      url: true,
      status: true,
      publishedAt: true,
      createdAt: true,
      outlet: { select: { name: true } },
    },
  });
  return articles.map((a) =>
    versionDocument({
      id: a.id,
      type: "article",
      text: a.title,
      externalId: a.url,
      speaker: null,
      verdict: null,
      status: a.status,
      outlet: a.outlet?.name ?? null,
      kind: null,
      claimId: null,
      claimKey: a.id,
      articleId: a.id,
      articleTitle: a.title,
      body: excerpt(a.body),
      byline: a.byline,
      tags: [],
      context: null,
      origin: null,
      externalPublisher: null,
      ...toIso(a.publishedAt ?? a.createdAt),
      checkworthiness: null,
    }),
  );
}

/** Documents of `index` for `ids` (missing ids are simply absent from the result). */
export function loadDocuments(db: Db, index: IndexName, ids: string[]): Promise<SearchDocument[]> {
  switch (index) {
    case "claims":
      return loadClaimDocuments(db, ids);
    case "statements":
      return loadStatementDocuments(db, ids);
    case "articles":
      return loadArticleDocuments(db, ids);
  }
}

/** Ids of one index's source rows after `after` (id order), for batched full scans. */
export async function listSourceIds(
  db: Db,
  index: IndexName,
  page: { after: string | null; limit: number },
): Promise<string[]> {
  const args = {
    where: page.after ? { id: { gt: page.after } } : {},
    orderBy: { id: "asc" as const },
    take: page.limit,
    select: { id: true },
  };
  const rows =
    index === "claims"
      ? await db.claim.findMany(args)
      : index === "statements"
        ? await db.statement.findMany(args)
        : await db.article.findMany(args);
  return rows.map((r) => r.id);
}

/** How many source rows an index should hold. */
export function countSourceRows(db: Db, index: IndexName): Promise<number> {
  if (index === "claims") return db.claim.count();
  if (index === "statements") return db.statement.count();
  return db.article.count();
}
