import type { Db } from "@claimdesk/db";
import { canBeClaim, RECORDED_ONLY_KINDS } from "@claimdesk/db/statement-kinds";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { badRequest, notFound } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";
import { lockFingerprints } from "./fingerprint-lock.ts";

/**
 * The claim behind a statement: its existing claim, one with the same fingerprint, or a new claim
 * made from the statement (below the auto-claim threshold statements have none yet). A reported
 * question is refused (BAD_REQUEST): it is recorded, never checked.
 */
export async function openClaimForStatement(
  db: Db,
  input: { statementId: string; actorId: string },
) {
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "reviewer");
    const found = await tx.statement.findUnique({
      where: { id: input.statementId },
      select: { fingerprint: true, claimId: true, kind: true },
    });
    if (!found) throw notFound("Statement");
    if (!canBeClaim(found.kind))
      throw badRequest("A reported question records who asked what; it is not a claim to check.");
    if (found.claimId) return { claimId: found.claimId, created: false };
    // Another reviewer (or extraction) may be making this fingerprint's claim right now: wait
    // for it, then read again what it left.
    await lockFingerprints(tx, [found.fingerprint]);
    const statement = await tx.statement.findUnique({
      where: { id: input.statementId },
      include: { article: { select: { publishedAt: true, createdAt: true } } },
    });
    if (!statement) throw notFound("Statement");
    if (statement.claimId) return { claimId: statement.claimId, created: false };
    const existing = await tx.claim.findFirst({
      where: { fingerprint: statement.fingerprint },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    const redirect = existing
      ? null
      : await tx.claimRedirect.findFirst({ where: { fingerprint: statement.fingerprint } });
    const claimId =
      existing?.id ??
      redirect?.toId ??
      (
        await tx.claim.create({
          data: {
            text: statement.text,
            fingerprint: statement.fingerprint,
            checkworthiness: statement.checkworthiness,
            speakerId: statement.speakerId,
            origin: "extracted",
            claimDate: statement.article.publishedAt,
          },
        })
      ).id;
    // Every unlinked statement with the same fingerprint is the same claim (as extraction groups them).
    const linked = await tx.statement.findMany({
      where: {
        fingerprint: statement.fingerprint,
        claimId: null,
        kind: { notIn: [...RECORDED_ONLY_KINDS] },
      },
      select: { id: true },
    });
    await tx.statement.updateMany({
      where: { id: { in: linked.map((l) => l.id) } },
      data: { claimId },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: existing || redirect ? "claim.link-statement" : "claim.create",
      entityType: "claim",
      entityId: claimId,
      data: { statementId: statement.id, linkedStatements: linked.length },
    });
    await enqueueIndexChanges(tx, "claim", [claimId]);
    await enqueueIndexChanges(
      tx,
      "statement",
      linked.map((l) => l.id),
    );
    return { claimId, created: !existing && !redirect };
  });
}
