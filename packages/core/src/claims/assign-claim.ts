import type { Db } from "@claimdesk/db";
import { loadActor } from "../auth/load-actor.ts";
import { badRequest } from "../errors.ts";
import { transitionClaim } from "../workflow/index.ts";

/**
 * Assigns a claim (null unassigns), as a workflow step (`assign` / `unassign`): reviewers may
 * take a claim or give up their own; assigning someone else needs an editor. Taking a new claim
 * starts its research.
 */
export async function assignClaim(
  db: Db,
  input: { claimId: string; assigneeId: string | null; actorId: string },
) {
  return db.$transaction(async (tx) => {
    await transitionClaim(
      tx,
      {
        claimId: input.claimId,
        step: input.assigneeId ? "assign" : "unassign",
        actorId: input.actorId,
      },
      async ({ claim, actor, to }) => {
        const self =
          input.assigneeId === actor.id ||
          (input.assigneeId === null && claim.assigneeId === actor.id);
        if (!self) await loadActor(tx, actor.id, "editor");
        if (input.assigneeId) {
          const assignee = await tx.user.findUnique({ where: { id: input.assigneeId } });
          if (!assignee || assignee.disabledAt)
            throw badRequest("That user does not exist or is disabled.");
        }
        return {
          result: undefined,
          claimData: { assigneeId: input.assigneeId },
          audit: { from: claim.assigneeId, to: input.assigneeId, status: to },
        };
      },
    );
    return tx.claim.findUniqueOrThrow({ where: { id: input.claimId } });
  });
}
