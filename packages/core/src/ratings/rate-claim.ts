import type { Db } from "@claimdesk/db";
import { badRequest } from "../errors.ts";
import { transitionClaim } from "../workflow/index.ts";

/**
 * Records a reviewer's verdict as a new draft Rating (never overwriting: an earlier draft or
 * approved-but-unpublished verdict is marked superseded and linked), and moves the claim to
 * "rated" to wait for a second person's approval.
 */
export async function rateClaim(
  db: Db,
  input: { claimId: string; labelId: string; rationale: string; actorId: string },
) {
  const rationale = input.rationale.trim();
  if (rationale.length < 10)
    throw badRequest("Explain the verdict: the rationale needs at least 10 characters.");
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "rate", actorId: input.actorId },
      async ({ claim }) => {
        const label = await tx.ratingLabel.findUnique({ where: { id: input.labelId } });
        if (!label) throw badRequest("Pick a verdict from the rating scale.");
        const previous = await tx.rating.findFirst({
          where: { claimId: claim.id, status: { in: ["draft", "approved"] } },
          orderBy: { createdAt: "desc" },
        });
        if (previous)
          await tx.rating.update({ where: { id: previous.id }, data: { status: "superseded" } });
        const rating = await tx.rating.create({
          data: {
            claimId: claim.id,
            labelId: label.id,
            rationale,
            authorId: input.actorId,
            status: "draft",
            supersedesId: previous?.id ?? null,
          },
        });
        return {
          result: rating,
          audit: { ratingId: rating.id, label: label.name, supersedes: previous?.id ?? null },
        };
      },
    ),
  );
}
