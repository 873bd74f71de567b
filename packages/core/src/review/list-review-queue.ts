import type { Db, Prisma } from "@claimdesk/db";
import { OWN_CLAIMS_WHERE } from "../claims/claim-origin.ts";

export type QueueScope = "open" | "unassigned" | "mine";

/**
 * Claims waiting for work: unassigned ones and the user's own (or one of those), not yet
 * published (the desk's own claims: earlier checks by other organisations are not work), ordered by check-worthiness then recency. Offset-paginated.
 */
export async function listReviewQueue(
  db: Db,
  input: { userId: string; scope: QueueScope; page: number; pageSize: number },
) {
  const notDone: Prisma.ClaimWhereInput = {
    ...OWN_CLAIMS_WHERE,
    status: { in: ["new", "in_research", "rated", "approved"] },
  };
  const who: Prisma.ClaimWhereInput =
    input.scope === "mine"
      ? { assigneeId: input.userId }
      : input.scope === "unassigned"
        ? { assigneeId: null }
        : { OR: [{ assigneeId: null }, { assigneeId: input.userId }] };
  const where: Prisma.ClaimWhereInput = { AND: [notDone, who] };
  const [total, rows] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy: [{ checkworthiness: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        text: true,
        status: true,
        checkworthiness: true,
        createdAt: true,
        speaker: { select: { name: true } },
        assignee: { select: { id: true, name: true } },
        _count: { select: { statements: true, evidence: { where: { deletedAt: null } } } },
        // "said it again": a statement of this claim repeats an earlier published check
        statements: {
          where: { repeatOfClaimId: { not: null } },
          orderBy: { repeatScore: "desc" },
          take: 1,
          select: { repeatOf: { select: { id: true, text: true } } },
        },
      },
    }),
  ]);
  return {
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
    items: rows.map((r) => ({
      id: r.id,
      text: r.text,
      status: r.status,
      checkworthiness: r.checkworthiness,
      createdAt: r.createdAt,
      speaker: r.speaker?.name ?? null,
      assignee: r.assignee,
      appearances: r._count.statements,
      evidence: r._count.evidence,
      repeatOf: r.statements[0]?.repeatOf
        ? { claimId: r.statements[0].repeatOf.id, text: r.statements[0].repeatOf.text }
        : null,
    })),
  };
}
