import type { Db } from "@claimdesk/db";
import { loadActor } from "../auth/load-actor.ts";
import { transitionClaim } from "../workflow/index.ts";

/**
 * Moves a claim into research: a reviewer starts on a new claim, an editor sends a rated or
 * approved verdict back. Rating, approval and publishing are their own steps (rateClaim,
 * approveRating, publishClaim); the workflow table (core/workflow) says who may do what.
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
    const step =
      current?.status === "rated" || current?.status === "approved" ? "sendBack" : "research";
    await transitionClaim(
      tx,
      { claimId: input.claimId, step, actorId: input.actorId },
      async ({ claim }) => ({
        result: undefined,
        audit: { from: claim.status, to: "in_research" },
      }),
    );
    return tx.claim.findUniqueOrThrow({ where: { id: input.claimId } });
  });
}
