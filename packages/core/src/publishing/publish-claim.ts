import type { Db } from "@claimdesk/db";
import { badRequest, conflict } from "../errors.ts";
import { transitionClaim } from "../workflow/index.ts";
import { claimSlug } from "./claim-slug.ts";
import { assertStoryBody, parseFactCheckStory, publicEvidenceIds } from "./fact-check-story.ts";
import { queuePagePurge } from "./page-purge.ts";

/** Claims imported from other fact-checkers (or datasets) are their checks, never ours to publish. */
const FOREIGN_ORIGINS = new Set(["claimreview", "liar"]);

/**
 * Publishes a claim's approved verdict as a public fact-check (an editor's step of the
 * workflow). Refuses unless the claim has an approved rating, approved by someone other than its
 * author, whose label is a verdict. Sets the slug once (never changed afterwards), publishedAt
 * and status `published`; audited and sent to the search index in the same transaction.
 */
export async function publishClaim(
  db: Db,
  input: {
    claimId: string;
    actorId: string;
    /**
     * The fact-check editor passes the saved draft's `updatedAt` it previewed: publishing is
     * refused when the draft changed since (or is gone), so what goes out is what was previewed.
     */
    storyUpdatedAt?: Date | null;
  },
) {
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
        const story = await tx.factCheckStory.findUnique({ where: { claimId: claim.id } });
        if (input.storyUpdatedAt !== undefined) {
          if (!story) throw badRequest("Save the fact-check's draft before publishing it.");
          if (input.storyUpdatedAt?.getTime() !== story.updatedAt.getTime()) {
            throw conflict(
              "The draft changed since your preview (someone saved it): look at the preview again, then publish.",
            );
          }
        }
        if (story) {
          parseFactCheckStory(story);
          const evidenceIds = await publicEvidenceIds(tx, claim.id);
          assertStoryBody(story.body, evidenceIds.length);
          if (evidenceIds.join() !== story.citedEvidenceIds.join()) {
            throw conflict(
              "Body: the claim's evidence changed since the draft was saved, so its [n] citations may point at other items: check them and save the draft again.",
            );
          }
        }
        const slug = claim.slug ?? claimSlug(claim.text, claim.id);
        const publishedAt = claim.publishedAt ?? new Date();
        await queuePagePurge(tx, slug);
        return {
          result: { claimId: claim.id, slug, publishedAt, ratingId: rating.id },
          claimData: { slug, publishedAt, publicChangedAt: publishedAt },
          audit: {
            slug,
            ratingId: rating.id,
            label: rating.label.name,
            previousStatus: claim.status,
            ...(story ? { headline: story.headline } : {}),
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
