import { type Db, poolOf } from "@claimdesk/db";

/** A place where a claim was said: the statement and its article. */
export interface Appearance {
  statementId: string;
  text: string;
  articleId: string;
  articleTitle: string;
}

interface AppearanceRow extends Appearance {
  claimId: string;
  total: number;
}

/** Shown per claim hit; the rest is counted. */
export const APPEARANCES_SHOWN = 3;

const APPEARANCES_SQL = `select c.id as "claimId", x.id as "statementId", x.text, x."articleId",
    x."articleTitle", (select count(*) from "Statement" where "claimId" = c.id)::int as total
  from unnest($1::text[]) as c(id)
  cross join lateral (
    select s.id, s.text, s."articleId", a.title as "articleTitle"
    from "Statement" s join "Article" a on a.id = s."articleId"
    where s."claimId" = c.id
    order by s."createdAt" desc
    limit ${APPEARANCES_SHOWN}
  ) x`;

/** The latest appearances of each claim and how many it has, in one query. */
export async function claimAppearances(
  db: Db,
  claimIds: string[],
): Promise<Map<string, { shown: Appearance[]; total: number }>> {
  const byClaim = new Map<string, { shown: Appearance[]; total: number }>();
  if (claimIds.length === 0) return byClaim;
  const pool = poolOf(db);
  const rows = pool
    ? (await pool.query<AppearanceRow>(APPEARANCES_SQL, [claimIds])).rows
    : await db.$queryRawUnsafe<AppearanceRow[]>(APPEARANCES_SQL, claimIds);
  for (const { claimId, total, ...appearance } of rows) {
    const entry = byClaim.get(claimId) ?? { shown: [], total };
    entry.shown.push(appearance);
    byClaim.set(claimId, entry);
  }
  return byClaim;
}

/**
 * Search lists a claim and the statements it was made from as separate records; on one page
 * the desk wants the claim once, with where it was said. Statements of a claim that is itself
 * a hit on the page are dropped (the claim lists its appearances); the others stay and link to
 * their claim. Returns the hits kept and how many were folded.
 */
export function foldStatementsIntoClaims<
  H extends { type: string; id: string; claimId: string | null },
>(hits: H[]): { kept: H[]; folded: number } {
  const claimsOnPage = new Set(hits.filter((h) => h.type === "claim").map((h) => h.id));
  const kept = hits.filter(
    (h) => !(h.type === "statement" && h.claimId && claimsOnPage.has(h.claimId)),
  );
  return { kept, folded: hits.length - kept.length };
}
