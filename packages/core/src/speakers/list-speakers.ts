import type { Db } from "@claimdesk/db";
import { Prisma } from "@claimdesk/db";

export const SPEAKERS_PAGE_SIZE = 30;

/**
 * Speakers by how much they are on the desk (claims, then statements), optionally those whose
 * name or an alias contains `q`. Speakers merged into another are left out.
 */
export async function listSpeakers(db: Db, input: { q?: string; page?: number } = {}) {
  const page = Math.max(1, input.page ?? 1);
  const q = input.q?.trim() ?? "";
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const filter = q
    ? Prisma.sql`and (sp.name ilike ${like} or exists (select 1 from unnest(sp.aliases) a where a ilike ${like}))`
    : Prisma.empty;
  const [rows, total] = await Promise.all([
    db.$queryRaw<
      {
        id: string;
        name: string;
        slug: string;
        role: string | null;
        party: string | null;
        claims: bigint;
        statements: bigint;
      }[]
    >`
      select sp.id, sp.name, sp.slug, sp.role, sp.party,
        (select count(*) from "Claim" c where c."speakerId" = sp.id)::bigint as claims,
        (select count(*) from "Statement" s where s."speakerId" = sp.id)::bigint as statements
      from "Speaker" sp
      where sp."mergedIntoId" is null ${filter}
      order by claims desc, statements desc, sp.name asc, sp.id asc
      limit ${SPEAKERS_PAGE_SIZE} offset ${(page - 1) * SPEAKERS_PAGE_SIZE}`,
    db.$queryRaw<{ n: bigint }[]>`
      select count(*)::bigint as n from "Speaker" sp where sp."mergedIntoId" is null ${filter}`,
  ]);
  const count = Number(total[0]?.n ?? 0);
  return {
    total: count,
    page,
    pageCount: Math.max(1, Math.ceil(count / SPEAKERS_PAGE_SIZE)),
    items: rows.map((r) => ({ ...r, claims: Number(r.claims), statements: Number(r.statements) })),
  };
}
