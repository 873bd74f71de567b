import type { Db, Prisma } from "@claimdesk/db";
import { badRequest } from "../errors.ts";
import {
  FACT_CHECK_INCLUDE,
  type FactCheck,
  PUBLIC_CLAIM_WHERE,
  toFactCheck,
} from "./load-fact-checks.ts";

export const MAX_PAGE_SIZE = 100;

/** Opaque, stable keyset cursor: the (publishedAt, id) of the last item of a page. */
export function encodeCursor(publishedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([publishedAt.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): { publishedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const publishedAt = new Date(String(at));
    if (typeof id !== "string" || !id || Number.isNaN(publishedAt.getTime()))
      throw new Error("shape");
    return { publishedAt, id };
  } catch {
    throw badRequest("The cursor is not valid: use the nextCursor value from the previous page.");
  }
}

/**
 * Published fact-checks, newest first, paginated by a stable cursor (new publications never
 * shift later pages). `since`/`until` filter on the publication date (inclusive); `updatedSince`
 * on when readers' view last changed, so a consumer also sees corrections and retractions.
 */
export async function listPublishedFactChecks(
  db: Db,
  input: {
    since?: Date | null;
    until?: Date | null;
    /** only fact-checks whose public view changed since (published, corrected, retracted) */
    updatedSince?: Date | null;
    cursor?: string | null;
    limit?: number;
  },
): Promise<{ items: FactCheck[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(input.limit ?? 20, 1), MAX_PAGE_SIZE);
  if (input.since && input.until && input.since > input.until) {
    throw badRequest("`since` must be before `until`.");
  }
  const and: Prisma.ClaimWhereInput[] = [PUBLIC_CLAIM_WHERE];
  if (input.since) and.push({ publishedAt: { gte: input.since } });
  if (input.until) and.push({ publishedAt: { lte: input.until } });
  if (input.updatedSince) {
    and.push({
      OR: [
        { publicChangedAt: { gte: input.updatedSince } },
        { publicChangedAt: null, publishedAt: { gte: input.updatedSince } },
      ],
    });
  }
  if (input.cursor) {
    const c = decodeCursor(input.cursor);
    and.push({
      OR: [
        { publishedAt: { lt: c.publishedAt } },
        { publishedAt: c.publishedAt, id: { lt: c.id } },
      ],
    });
  }
  const rows = await db.claim.findMany({
    where: { AND: and },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: FACT_CHECK_INCLUDE,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toFactCheck).filter((f): f is FactCheck => f !== null),
    nextCursor:
      rows.length > limit && last?.publishedAt ? encodeCursor(last.publishedAt, last.id) : null,
  };
}
