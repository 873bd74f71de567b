import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { badRequest, conflict, notFound } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";
import { claimSlug } from "./claim-slug.ts";

/** Claims imported from other fact-checkers (or datasets) are their checks, never ours to publish. */
const FOREIGN_ORIGINS = new Set(["claimreview", "liar"]);

/**
 * Publishes a claim's approved verdict as a public fact-check (the caller checks editor+).
 * Refuses unless the claim has an approved rating, approved by someone other than its author,
 * whose label is a verdict. Sets the slug once (never changed afterwards), publishedAt and
 * status `published`; audited and sent to the search index in the same transaction.
 */
export async function publishClaim(db: Db, input: { claimId: string; actorId: string }) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      include: {
        ratings: {
          where: { status: "approved" },
          orderBy: [{ approvedAt: "desc" }, { createdAt: "desc" }],
          include: { label: true },
          take: 1,
        },
      },
    });
    if (!claim) throw notFound("Claim");
    if (claim.status === "published") {
      throw conflict(
        "This claim is already published. To change its verdict, publish a correction.",
      );
    }
    if (FOREIGN_ORIGINS.has(claim.origin)) {
      throw badRequest(
        `This claim was imported (${claim.origin}${claim.externalPublisher ? ` from ${claim.externalPublisher}` : ""}); only your own fact-checks can be published.`,
      );
    }
    const rating = claim.ratings[0];
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
    // Guard against a concurrent publish: only one transaction moves the claim to published.
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, status: { not: "published" } },
      data: { status: "published", slug, publishedAt },
    });
    if (updated.count !== 1)
      throw conflict("This claim was published by someone else a moment ago.");
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "claim.publish",
      entityType: "claim",
      entityId: claim.id,
      data: { slug, ratingId: rating.id, label: rating.label.name, previousStatus: claim.status },
    });
    await enqueueIndexChanges(tx, "claim", [claim.id]);
    return { claimId: claim.id, slug, publishedAt, ratingId: rating.id };
  });
}
