import type { Db } from "@claimdesk/db";
import type { CheckedClaim } from "./types.ts";

interface Row {
  id: string;
  text: string;
  reviewHeadline: string | null;
  speaker: string | null;
  origin: CheckedClaim["origin"];
  externalId: string | null;
  externalPublisher: string | null;
  externalUrl: string | null;
  externalRating: string | null;
  reviewedAt: Date | null;
  claimDate: Date | null;
  publishedAt: Date | null;
  slug: string | null;
  label: string | null;
  approvedAt: Date | null;
  retractedAt: Date | null;
}

/** The desk's own name as a publisher of its checks. */
export const DESK_PUBLISHER = "this desk";

/**
 * What counts as checked: every imported ClaimReview (an outside fact-check, also when its
 * rating maps to no label of the desk's scale), a LIAR row with its approved verdict, and the
 * desk's own claims once published with an approved verdict. Drafts, unapproved verdicts and
 * retracted fact-checks never count (a retraction says the check no longer stands).
 */
function toChecked(row: Row): CheckedClaim | null {
  const imported = row.origin === "claimreview" || row.origin === "liar";
  if (row.origin !== "claimreview" && !row.label) return null;
  if (!imported && !row.publishedAt) return null;
  if (row.retractedAt) return null;
  const date = row.reviewedAt ?? (imported ? row.claimDate : row.publishedAt) ?? row.approvedAt;
  return {
    id: row.id,
    text: row.text,
    headline: row.reviewHeadline,
    speaker: row.speaker,
    verdict: row.label,
    rating: row.externalRating ?? row.label,
    publisher: row.externalPublisher ?? (imported ? null : DESK_PUBLISHER),
    date: date ? date.toISOString().slice(0, 10) : null,
    url: row.externalUrl ?? (row.slug && !imported ? `/fact-checks/${row.slug}` : null),
    externalId: row.externalId,
    origin: row.origin,
  };
}

const SELECT = `
  select c.id, c.text, c."reviewHeadline", s.name as speaker, c.origin::text as origin,
    c."externalId", c."externalPublisher", c."externalUrl", c."externalRating", c."reviewedAt",
    c."claimDate", c."publishedAt", c.slug, r.label, r."approvedAt", c."retractedAt"
  from "Claim" c
  left join "Speaker" s on s.id = c."speakerId"
  left join lateral (
    select l.name as label, r."approvedAt" from "Rating" r
    join "RatingLabel" l on l.id = r."labelId"
    where r."claimId" = c.id and r.status = 'approved'
    order by r."createdAt" desc limit 1
  ) r on true`;

/** The same columns for the whole archive: the current verdicts joined once (hash join). */
const SELECT_ALL = `
  select c.id, c.text, c."reviewHeadline", s.name as speaker, c.origin::text as origin,
    c."externalId", c."externalPublisher", c."externalUrl", c."externalRating", c."reviewedAt",
    c."claimDate", c."publishedAt", c.slug, r.label, r."approvedAt", c."retractedAt"
  from "Claim" c
  left join "Speaker" s on s.id = c."speakerId"
  left join (
    select distinct on (r."claimId") r."claimId", l.name as label, r."approvedAt"
    from "Rating" r
    join "RatingLabel" l on l.id = r."labelId"
    where r.status = 'approved'
    order by r."claimId", r."createdAt" desc
  ) r on r."claimId" = c.id`;

/**
 * Every checked claim of the archive (see toChecked), in pages of `pageSize`. Each page comes
 * back as one JSON text (the raw-query path costs per row and column, not per byte).
 */
export async function loadCheckedClaims(db: Db, pageSize = 20_000): Promise<CheckedClaim[]> {
  const out: CheckedClaim[] = [];
  let after = "";
  for (;;) {
    const [page] = await db.$queryRawUnsafe<{ rows: string | null }[]>(
      `select json_agg(p order by p.id)::text as rows from (
         ${SELECT_ALL}
         where c.id > $1 and (c.origin = 'claimreview' or r.label is not null)
         order by c.id limit $2
       ) p`,
      after,
      pageSize,
    );
    const rows = JSON.parse(page?.rows ?? "[]") as JsonRow[];
    for (const row of rows) {
      const checked = toChecked({
        ...row,
        reviewedAt: row.reviewedAt ? new Date(row.reviewedAt) : null,
        claimDate: row.claimDate ? new Date(row.claimDate) : null,
        publishedAt: row.publishedAt ? new Date(row.publishedAt) : null,
        approvedAt: row.approvedAt ? new Date(row.approvedAt) : null,
        retractedAt: row.retractedAt ? new Date(row.retractedAt) : null,
      });
      if (checked) out.push(checked);
    }
    if (rows.length < pageSize) return out;
    after = (rows.at(-1) as JsonRow).id;
  }
}

/** A Row as json_agg gives it: timestamps as text. */
type JsonRow = Omit<
  Row,
  "reviewedAt" | "claimDate" | "publishedAt" | "approvedAt" | "retractedAt"
> & {
  reviewedAt: string | null;
  claimDate: string | null;
  publishedAt: string | null;
  approvedAt: string | null;
  retractedAt: string | null;
};

/**
 * Claims changed since `since` (their row, or a verdict of theirs): the checked ones to upsert,
 * the others (no longer checked) to remove.
 */
export async function loadChangedClaims(
  db: Db,
  since: Date,
): Promise<{ upsert: CheckedClaim[]; remove: string[] }> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `${SELECT}
     where c."updatedAt" >= $1 or exists (
       select 1 from "Rating" x where x."claimId" = c.id
       and (x."createdAt" >= $1 or x."approvedAt" >= $1))`,
    since,
  );
  const upsert: CheckedClaim[] = [];
  const remove: string[] = [];
  for (const row of rows) {
    const checked = toChecked(row);
    if (checked) upsert.push(checked);
    else remove.push(row.id);
  }
  return { upsert, remove };
}

/** A value that moves whenever a claim or a verdict changes (count and latest times). */
export async function archiveVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ v: string }[]>(
    `select concat_ws('/', (select count(*) from "Claim"), (select max("updatedAt") from "Claim"),
       (select max(greatest("createdAt", "approvedAt")) from "Rating")) as v`,
  );
  return row?.v ?? "";
}
