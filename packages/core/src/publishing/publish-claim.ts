import type { Db } from "@claimdesk/db";
import { badRequest } from "../errors.ts";
import { transitionClaim } from "../workflow/index.ts";
import { claimSlug } from "./claim-slug.ts";

/** Claims imported from other fact-checkers (or datasets) are their checks, never ours to publish. */
const FOREIGN_ORIGINS = new Set(["claimreview", "liar"]);

/**
 * Publishes a claim's approved verdict as a public fact-check (an editor's step of the
 * workflow). Refuses unless the claim has an approved rating, approved by someone other than its
 * author, whose label is a verdict. Sets the slug once (never changed afterwards), publishedAt
 * and status `published`; audited and sent to the search index in the same transaction.
 */
export async function publishClaim(db: Db, input: { claimId: string; actorId: string }) {
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "publish", actorId: input.actorId },
      async ({ claim }) => {
        const rating = await tx.rating.findFirst({
          where: { claimId: claim.id, status: "approved" },
          orderBy: [{ approvedAt: "desc" }, { createdAt: "desc" }],
          include: { label: true },
        });
        if (!rating) {
          throw badRequest(
            "This claim has no approved verdict yet: a rating must be written and approved before publishing.",
          );
        }
        if (!rating.approverId || rating.approverId === rating.authorId) {
          throw badRequest(
            "The verdict must be approved by a second person (not its author) before publishing.",
          );
        }
        if (!rating.label.isVerdict) {
          throw badRequest(
            `"${rating.label.name}" is not a verdict label, so it cannot be published as a fact-check verdict. Rate the claim with a verdict label and have it approved.`,
          );
        }
        if (!rating.rationale.trim())
          throw badRequest("The verdict needs a rationale before it can be published.");
        const slug = claim.slug ?? claimSlug(claim.text, claim.id);
        const publishedAt = claim.publishedAt ?? new Date();
        return {
          result: { claimId: claim.id, slug, publishedAt, ratingId: rating.id },
          claimData: { slug, publishedAt },
          audit: {
            slug,
            ratingId: rating.id,
            label: rating.label.name,
            previousStatus: claim.status,
          },
        };
      },
      ({ claim }) => {
        if (FOREIGN_ORIGINS.has(claim.origin)) {
          throw badRequest(
            `This claim was imported (${claim.origin}${claim.externalPublisher ? ` from ${claim.externalPublisher}` : ""}); only your own fact-checks can be published.`,
          );
        }
      },
    ),
  );
}
