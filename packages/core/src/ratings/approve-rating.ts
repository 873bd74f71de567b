import type { Db } from "@claimdesk/db";
import { conflict, forbidden, notFound } from "../errors.ts";
import { transitionClaim } from "../workflow/index.ts";

export const TWO_PERSON_MESSAGE =
  "Two-person rule: you wrote this verdict, so another editor must approve it.";

/** An editor approves a draft verdict. The approver is never its author (two-person rule). */
export async function approveRating(db: Db, input: { ratingId: string; actorId: string }) {
  return db.$transaction(async (tx) => {
    const rating = await tx.rating.findUnique({
      where: { id: input.ratingId },
      include: { label: true },
    });
    if (!rating) throw notFound("Rating");
    return transitionClaim(
      tx,
      { claimId: rating.claimId, step: "approve", actorId: input.actorId },
      async ({ actor }) => {
        if (rating.authorId === actor.id) throw forbidden(TWO_PERSON_MESSAGE);
        if (rating.status !== "draft")
          throw conflict(`This verdict is ${rating.status}; only a draft can be approved.`);
        // A correction of a published verdict has its own approval, which swaps the published
        // verdict in one step (approveCorrection in core/publishing); approving it here would
        // leave two approved verdicts and take the public page down.
        if (rating.correctionNote !== null)
          throw conflict("This is a correction of a published verdict: use Approve correction.");
        const approved = await tx.rating.update({
          where: { id: rating.id },
          data: { status: "approved", approverId: actor.id, approvedAt: new Date() },
        });
        return { result: approved, audit: { ratingId: rating.id, label: rating.label.name } };
      },
    );
  });
}
