import type { ClaimStatus, Db } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { conflict, notFound } from "../errors.ts";
import { publishClaim } from "../publishing/publish-claim.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";
import { loadActor } from "./load-actor.ts";

/**
 * Moves a claim along the workflow where no rating changes: start research (reviewer), send back
 * to research (editor), publish an approved claim (editor). Rating and approval have their own
 * functions (rateClaim, approveRating); publishing goes through publishing's publishClaim.
 */
export async function setClaimStatus(
  db: Db,
  input: {
    claimId: string;
    status: Extract<ClaimStatus, "in_research" | "published">;
    actorId: string;
  },
) {
  if (input.status === "published") {
    await loadActor(db, input.actorId, "editor");
    await publishClaim(db, { claimId: input.claimId, actorId: input.actorId });
    const published = await db.claim.findUnique({ where: { id: input.claimId } });
    if (!published) throw notFound("Claim");
    return published;
  }
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId } });
    if (!claim) throw notFound("Claim");
    await loadActor(tx, input.actorId, claim.status === "new" ? "reviewer" : "editor");
    if (claim.status === "published")
      throw conflict("A published claim is corrected, not re-researched.");
    if (claim.status === "in_research") return claim;
    const updated = await tx.claim.update({
      where: { id: claim.id },
      data: { status: "in_research" },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "claim.research",
      entityType: "claim",
      entityId: claim.id,
      data: { from: claim.status, to: "in_research" },
    });
    await enqueueIndexChanges(tx, "claim", [claim.id]);
    return updated;
  });
}
