import type { Db, Prisma } from "@claimdesk/db";

/**
 * Verdicts waiting for this editor's approval: drafts written by someone else, first verdicts
 * of rated claims and proposed corrections of published ones, oldest first (the longest wait at
 * the top). The two-person rule means an editor's own drafts never appear in their list.
 */
function awaitingWhere(editorId: string): Prisma.RatingWhereInput {
  return {
    status: "draft",
    authorId: { not: editorId },
    OR: [
      { correctionNote: null, claim: { status: "rated" } },
      {
        correctionNote: { not: null },
        supersedesId: { not: null },
        claim: { status: "published" },
      },
    ],
  };
}

export function countAwaitingApproval(db: Db, editorId: string) {
  return db.rating.count({ where: awaitingWhere(editorId) });
}

export async function listAwaitingApproval(
  db: Db,
  input: { editorId: string; page: number; pageSize: number },
) {
  const where = awaitingWhere(input.editorId);
  const [total, rows] = await Promise.all([
    db.rating.count({ where }),
    db.rating.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        createdAt: true,
        rationale: true,
        correctionNote: true,
        label: { select: { name: true } },
        author: { select: { name: true } },
        claim: {
          select: { id: true, text: true, speaker: { select: { name: true } } },
        },
      },
    }),
  ]);
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({
      ratingId: r.id,
      kind: r.correctionNote === null ? ("verdict" as const) : ("correction" as const),
      claimId: r.claim.id,
      text: r.claim.text,
      speaker: r.claim.speaker?.name ?? null,
      verdict: r.label.name,
      rationale: r.rationale,
      ratedBy: r.author?.name ?? null,
      ratedAt: r.createdAt,
    })),
  };
}
