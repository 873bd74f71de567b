import type { Db } from "@claimdesk/db";
import { loadActor } from "../auth/load-actor.ts";
import { badRequest } from "../errors.ts";
import { transitionClaim } from "../workflow/index.ts";

/**
 * A reviewer starts researching a new claim. Sending a verdict back to research is an editor's
 * step with a note (sendBackClaim); rating, approval and publishing are their own steps too. The
 * workflow table (core/workflow) says who may do what.
 */
export async function setClaimStatus(
  db: Db,
  input: { claimId: string; status: "in_research"; actorId: string },
) {
  return db.$transaction(async (tx) => {
    const current = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { status: true },
    });
    if (current?.status === "in_research") {
      // Already there: nothing moves and nothing is audited, but the actor is still checked.
      await loadActor(tx, input.actorId, "reviewer");
      return tx.claim.findUniqueOrThrow({ where: { id: input.claimId } });
    }
    if (current?.status === "rated" || current?.status === "approved")
      throw badRequest("A rated verdict goes back to research with a note: use Send back.");
    await transitionClaim(
      tx,
      { claimId: input.claimId, step: "research", actorId: input.actorId },
      async ({ claim }) => ({
        result: undefined,
        audit: { from: claim.status, to: "in_research" },
      }),
    );
    return tx.claim.findUniqueOrThrow({ where: { id: input.claimId } });
  });
}
