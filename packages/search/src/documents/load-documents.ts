import { createHash } from "node:crypto";
import type { Db } from "@claimdesk/db";
import { canBeClaim } from "@claimdesk/db/statement-kinds";
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

/**
 * The verdict rule of pickVerdict in SQL, for the claim whose id is `claimId`: latest approved
 * rating, else latest non-superseded one.
 */
const verdictOf = (claimId: string) => `(
  select l.name from "Rating" r join "RatingLabel" l on l.id = r."labelId"
  where r."claimId" = ${claimId} and r.status <> 'superseded'
  order by (r.status = 'approved') desc, r."createdAt" desc limit 1)`;

/** Prisma's DateTime columns are UTC timestamps without zone: as epoch milliseconds. */
const epochMs = (expr: string) => `floor(extract(epoch from ${expr}) * 1000)::bigint`;

/**
 * A claim's status as search shows it: the workflow's status, except that a retracted fact-check
 * (still `published` in the workflow, its page showing the retraction note) reads `retracted`, so
 * the desk's search never lists it as a standing fact-check.
 */
const shownStatus = (c: string) =>
  `case when ${c}."retractedAt" is not null then 'retracted' else ${c}.status::text end`;

/**
 * One SQL statement per index that builds the source rows of a batch as ONE json text value
 * (json_agg of json_build_object). A single text column is what makes loading cheap: the driver
 * and Prisma's raw-query path cost far more per row and per column than PostgreSQL does to build
 * the JSON (reindexing loads ~112K documents this way). `%WHERE%` selects the rows.
 */
const SOURCE_SQL: Record<IndexName, string> = {
  claims: `select coalesce(json_agg(json_build_object(
      'id', c.id, 'text', c.text, 'externalId', c."externalId", 'speaker', sp.name,
      'verdict', ${verdictOf("c.id")}, 'status', ${shownStatus("c")}, 'tags', c.tags, 'context', c.context,
      'origin', c.origin, 'externalPublisher', c."externalPublisher",
      'date', ${epochMs('coalesce(c."claimDate", c."publishedAt", c."createdAt")')},
      'checkworthiness', c.checkworthiness) order by c.id), '[]')::text as j
    from "Claim" c left join "Speaker" sp on sp.id = c."speakerId"
    where %WHERE%`,
  statements: `select coalesce(json_agg(json_build_object(
      'id', s.id, 'text', s.text, 'kind', s.kind, 'speakerRole', s."speakerRole",
      'checkworthiness', s.checkworthiness, 'fingerprint', s.fingerprint, 'claimId', s."claimId",
      'articleId', s."articleId", 'speaker', sp.name, 'articleTitle', a.title,
      'date', ${epochMs('coalesce(a."publishedAt", a."createdAt")')}, 'outlet', o.name,
      'claimStatus', ${shownStatus("c")}, 'verdict', case when s."claimId" is null then null
        else ${verdictOf('s."claimId"')} end) order by s.id), '[]')::text as j
    from "Statement" s
    join "Article" a on a.id = s."articleId"
    left join "Outlet" o on o.id = a."outletId"
    left join "Speaker" sp on sp.id = s."speakerId"
    left join "Claim" c on c.id = s."claimId"
    where %WHERE%`,
  articles: `select coalesce(json_agg(json_build_object(
      'id', a.id, 'title', a.title, 'url', a.url, 'status', a.status, 'byline', a.byline,
      'outlet', o.name, 'date', ${epochMs('coalesce(a."publishedAt", a."createdAt")')},
      -- enough for excerpt() (2,000 UTF-16 units) whatever the characters
      'body', left(a.body, 4002))
      order by a.id), '[]')::text as j
    from "Article" a left join "Outlet" o on o.id = a."outletId"
    where %WHERE%`,
};
const ALIAS: Record<IndexName, string> = { claims: "c", statements: "s", articles: "a" };
const TABLE: Record<IndexName, string> = {
  claims: '"Claim"',
  statements: '"Statement"',
  articles: '"Article"',
};

interface ClaimRow {
  id: string;
  text: string;
  externalId: string | null;
  speaker: string | null;
  verdict: string | null;
  status: string;
  tags: string[] | null;
  context: string | null;
  origin: string;
  externalPublisher: string | null;
  date: number;
  checkworthiness: number;
}

function claimDocument(c: ClaimRow): SearchDocument {
  return versionDocument({
    id: c.id,
    type: "claim",
    text: c.text,
    externalId: c.externalId,
    speaker: c.speaker,
    verdict: c.verdict,
    status: c.status,
    outlet: null,
    kind: null,
    claimId: c.id,
    claimKey: c.id,
    articleId: null,
    articleTitle: null,
    body: null,
    byline: null,
    tags: c.tags ?? [],
    context: c.context,
    origin: c.origin,
    externalPublisher: c.externalPublisher,
    ...toIso(new Date(c.date)),
    checkworthiness: c.checkworthiness,
  });
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
  date: number;
  outlet: string | null;
  claimStatus: string | null;
  verdict: string | null;
}

function statementDocument(s: StatementRow): SearchDocument {
  return versionDocument({
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
    // A reported question folds into no claim's hit: it is its own record.
    claimKey: canBeClaim(s.kind) ? (s.claimId ?? `fp:${s.fingerprint}`) : `st:${s.id}`,
    articleId: s.articleId,
    articleTitle: s.articleTitle,
    body: null,
    byline: null,
    tags: [],
    context: s.speakerRole,
    origin: null,
    externalPublisher: null,
    ...toIso(new Date(s.date)),
    checkworthiness: Number(s.checkworthiness),
  });
}

interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  status: string;
  byline: string | null;
  outlet: string | null;
  date: number;
  body: string;
}

function articleDocument(a: ArticleRow): SearchDocument {
  return versionDocument({
    id: a.id,
    type: "article",
    text: a.title,
    externalId: a.url,
    speaker: null,
    verdict: null,
    status: a.status,
    outlet: a.outlet,
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
    ...toIso(new Date(a.date)),
    checkworthiness: null,
  });
}

function toDocuments(index: IndexName, rows: unknown[]): SearchDocument[] {
  switch (index) {
    case "claims":
      return (rows as ClaimRow[]).map(claimDocument);
    case "statements":
      return (rows as StatementRow[]).map(statementDocument);
    case "articles":
      return (rows as ArticleRow[]).map(articleDocument);
  }
}

/** The statement reading one index's source rows (`where` selects them) as one JSON text. */
const sourceQuery = (db: Db, index: IndexName, where: string, params: unknown[]) =>
  db.$queryRawUnsafe<{ j: string }[]>(SOURCE_SQL[index].replace("%WHERE%", where), ...params);

const documentsOf = (index: IndexName, rows: { j: string }[]) =>
  toDocuments(index, JSON.parse(rows[0]?.j ?? "[]") as unknown[]);

async function querySource(
  db: Db,
  index: IndexName,
  where: string,
  ...params: unknown[]
): Promise<SearchDocument[]> {
  return documentsOf(index, await sourceQuery(db, index, where, params));
}

/**
 * querySource without JIT compilation, in a transaction of its own (so `db` is the client, not
 * a transaction). A page of 2,000 statements is planned above jit_above_cost (the verdict
 * subquery per row) and compiling took ~90 of its ~230 ms on the bench database (decision 022).
 */
async function querySourceWithoutJit(
  db: Db,
  index: IndexName,
  where: string,
  ...params: unknown[]
): Promise<SearchDocument[]> {
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe("set local jit = off"),
    sourceQuery(db, index, where, params),
  ]);
  return documentsOf(index, rows);
}

const byIds = (index: IndexName) => `${ALIAS[index]}.id = any($1::text[])`;

/** Claims as search documents (id order); ids that no longer exist are skipped. */
export async function loadClaimDocuments(db: Db, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  return querySource(db, "claims", byIds("claims"), ids);
}

/**
 * Statements (with their speaker, article, outlet and claim verdict) as search documents, in id
 * order. The verdict rule is pickVerdict's: latest approved rating, else latest non-superseded.
 */
export async function loadStatementDocuments(db: Db, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  return querySource(db, "statements", byIds("statements"), ids);
}

/** Articles (title, body excerpt, outlet, byline, date) as search documents. */
export async function loadArticleDocuments(db: Db, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  return querySource(db, "articles", byIds("articles"), ids);
}

/**
 * The next page of one index's documents after source id `after` (id order) in ONE query: what
 * a full reindex reads. `lastId` is the page's last source id (the resume cursor), null at the end.
 */
export async function loadDocumentPage(
  db: Db,
  index: IndexName,
  page: { after: string | null; limit: number },
): Promise<{ docs: SearchDocument[]; lastId: string | null }> {
  const a = ALIAS[index];
  const where = `${a}.id in (select id from ${TABLE[index]} where ($1::text is null or id > $1::text)
    order by id limit $2::int)`;
  const docs = await querySourceWithoutJit(db, index, where, page.after, page.limit);
  return { docs, lastId: docs.at(-1)?.id ?? null };
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
