import type { Claim, ClaimStatus, Prisma } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { type Actor, loadActor } from "../auth/load-actor.ts";
import { conflict, DomainError, notFound } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";
import { CLAIM_STATUS_LABEL } from "./claim-statuses.ts";
import { CLAIM_TRANSITIONS, type ClaimStep, type ClaimTransition } from "./claim-transitions.ts";

export interface StepOutcome<T> {
  result: T;
  /** the audit event's data */
  audit?: Prisma.InputJsonValue;
  /** other claim fields written with the status (e.g. the slug when publishing) */
  claimData?: Omit<Prisma.ClaimUncheckedUpdateManyInput, "status">;
}

/**
 * Takes one step of the claim workflow (claim-transitions.ts), in the caller's transaction: the
 * actor must hold the step's role, the claim must be in a status the step starts from, then
 * `work` does what is particular to the step (write the rating, the evidence …), and this
 * moves the claim to `to` (guarded against a concurrent move), records the audit event and queues the
 * claim for re-indexing when its status or verdict changed. `check` runs before the status is
 * looked at, for refusals that say more than the status would (an imported claim, say).
 */
export async function transitionClaim<T>(
  tx: Prisma.TransactionClient,
  input: { claimId: string; step: ClaimStep; actorId: string },
  work: (ctx: { claim: Claim; actor: Actor; to: ClaimStatus }) => Promise<StepOutcome<T>>,
  check?: (ctx: { claim: Claim; actor: Actor }) => void,
): Promise<T> {
  const step: ClaimTransition = CLAIM_TRANSITIONS[input.step];
  const actor = await loadActor(tx, input.actorId, step.role);
  const claim = await tx.claim.findUnique({ where: { id: input.claimId } });
  if (!claim) throw notFound("Claim");
  check?.({ claim, actor });
  const from = claim.status;
  const to = step.moves[from];
  if (!to) {
    const refusal = step.refused?.[from];
    if (refusal) throw new DomainError(refusal.code, refusal.message);
    throw conflict(
      `This claim is ${CLAIM_STATUS_LABEL[from].toLowerCase()}; that cannot be done now.`,
    );
  }
  const outcome = await work({ claim, actor, to });
  if (to !== from || outcome.claimData) {
    const moved = await tx.claim.updateMany({
      where: { id: claim.id, status: from },
      data: { ...outcome.claimData, status: to },
    });
    if (moved.count !== 1)
      throw conflict("Someone else changed this claim a moment ago: reload it and try again.");
  }
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: step.audit,
    entityType: "claim",
    entityId: claim.id,
    ...(outcome.audit === undefined ? {} : { data: outcome.audit }),
  });
  // The status is part of the claim's search document (status facet), and so is the verdict.
  if (to !== from || step.reindexAlways) await enqueueIndexChanges(tx, "claim", [claim.id]);
  return outcome.result;
}
