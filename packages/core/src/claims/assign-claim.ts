import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { badRequest, conflict, notFound } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";

/**
 * Assigns a claim (null unassigns). Reviewers may take a claim or give up their own; assigning
 * someone else needs an editor. Taking a new claim starts its research.
 */
export async function assignClaim(
  db: Db,
  input: { claimId: string; assigneeId: string | null; actorId: string },
) {
  return db.$transaction(async (tx) => {
    const actor = await loadActor(tx, input.actorId, "reviewer");
    const claim = await tx.claim.findUnique({ where: { id: input.claimId } });
    if (!claim) throw notFound("Claim");
    if (claim.status === "published")
      throw conflict("This claim is published; its assignment is closed.");
    const self =
      input.assigneeId === actor.id || (input.assigneeId === null && claim.assigneeId === actor.id);
    if (!self) await loadActor(tx, actor.id, "editor");
    if (input.assigneeId) {
      const assignee = await tx.user.findUnique({ where: { id: input.assigneeId } });
      if (!assignee || assignee.disabledAt)
        throw badRequest("That user does not exist or is disabled.");
    }
    const status = claim.status === "new" && input.assigneeId ? "in_research" : claim.status;
    const updated = await tx.claim.update({
      where: { id: claim.id },
      data: { assigneeId: input.assigneeId, status },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: input.assigneeId ? "claim.assign" : "claim.unassign",
      entityType: "claim",
      entityId: claim.id,
      data: { from: claim.assigneeId, to: input.assigneeId, status },
    });
    await enqueueIndexChanges(tx, "claim", [claim.id]);
    return updated;
  });
}
