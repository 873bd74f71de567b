import type { Db, Prisma } from "@claimdesk/db";
import { type CountedStage, listCountedStageClaimIds } from "../desk-work/counted-stages.ts";
import {
  type CountedRange,
  type CountedVerdictFilter,
  listCountedVerdictClaimIds,
} from "../desk-work/counted-verdicts.ts";
import { OWN_CLAIMS_WHERE } from "../desk-work/own-work.ts";
import { OPEN_CLAIM_STATUSES } from "../workflow/claim-statuses.ts";

export type QueueScope = "open" | "unassigned" | "mine";

/**
 * One person's work, as the dashboard's per-person bars count it: the claims assigned to them and
 * still open, or the claims they wrote a verdict on (or approved one) in [from, to).
 */
export interface PersonFilter {
  userId: string;
  work: "assigned" | "rated" | "approved";
  from?: Date;
  to?: Date;
}

function personWhere(person: PersonFilter): Prisma.ClaimWhereInput {
  if (person.work === "assigned")
    return { assigneeId: person.userId, status: { in: [...OPEN_CLAIM_STATUSES] } };
  const within = { gte: person.from, lt: person.to };
  return {
    ratings: {
      some:
        person.work === "rated"
          ? { authorId: person.userId, createdAt: within }
          : { approverId: person.userId, approvedAt: within },
    },
  };
}

/**
 * Claims waiting for work: unassigned ones and the user's own (or one of those), not yet
 * published (the desk's own claims: earlier checks by other organisations are not work), ordered
 * by check-worthiness then recency. Offset-paginated. With `person`, the list is that person's
 * work instead (any status for verdicts and approvals), named in `person` of the answer. With
 * `verdicts`, it is the claims a dashboard verdict bar counted (by speaker, outlet, tag or
 * verdict, approved in the range), in the same order; with `stage`, the claims a timing bar
 * counted (published in the range, or that left the stage in the range).
 */
export async function listReviewQueue(
  db: Db,
  input: {
    userId: string;
    scope: QueueScope;
    page: number;
    pageSize: number;
    person?: PersonFilter;
    verdicts?: CountedVerdictFilter;
    stage?: CountedRange & { stage: CountedStage };
  },
) {
  const skip = (input.page - 1) * input.pageSize;
  // a verdict or timing bar's claims: the dashboard's own query picks them (and their page)
  const paging = { skip, take: input.pageSize };
  const counted = input.person
    ? null
    : input.verdicts
      ? await listCountedVerdictClaimIds(db, input.verdicts, paging)
      : input.stage
        ? await listCountedStageClaimIds(db, input.stage, paging)
        : null;
  const notDone: Prisma.ClaimWhereInput = { status: { in: [...OPEN_CLAIM_STATUSES] } };
  const who: Prisma.ClaimWhereInput =
    input.scope === "mine"
      ? { assigneeId: input.userId }
      : input.scope === "unassigned"
        ? { assigneeId: null }
        : { OR: [{ assigneeId: null }, { assigneeId: input.userId }] };
  const where: Prisma.ClaimWhereInput = counted
    ? { id: { in: counted.ids } }
    : {
        AND: [OWN_CLAIMS_WHERE, ...(input.person ? [personWhere(input.person)] : [notDone, who])],
      };
  const person = input.person
    ? await db.user.findUnique({
        where: { id: input.person.userId },
        select: { id: true, name: true },
      })
    : null;
  const [total, found] = await Promise.all([
    counted ? counted.total : db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy: [{ checkworthiness: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      skip: counted ? 0 : skip,
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
  const rows = counted ? counted.ids.flatMap((id) => found.filter((r) => r.id === id)) : found;
  return {
    total,
    person: person && input.person ? { ...person, work: input.person.work } : null,
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
