import type { Db } from "@claimdesk/db";
import { badRequest, conflict, forbidden, notFound } from "../errors.ts";
import { transitionClaim } from "../workflow/index.ts";
import { queuePagePurge } from "./page-purge.ts";

const RETRACTED = "This fact-check is retracted: a retracted verdict is not corrected.";

/**
 * Corrections follow the same two-person rule as first verdicts (docs: publishing/README.md):
 *
 * 1. `correctVerdict` (an editor) writes the corrected verdict: a new
 *    Rating in `draft` that points at the published verdict it will replace (`supersedesId`) and
 *    carries the correction note readers will see. The public page keeps the old verdict.
 * 2. `approveCorrection` (a different editor) approves it: in one transaction the new rating
 *    becomes `approved`, the old one `superseded` (never deleted or edited), and the public page
 *    shows the new verdict, `dateModified` and the correction note.
 *
 * Only one correction can wait for approval per claim; `withdrawCorrection` takes it back.
 */
export async function correctVerdict(
  db: Db,
  input: {
    claimId: string;
    actorId: string;
    labelId: string;
    rationale: string;
    correctionNote: string;
  },
) {
  const rationale = input.rationale.trim();
  const correctionNote = input.correctionNote.trim();
  if (!rationale) throw badRequest("A corrected verdict needs a rationale.");
  if (!correctionNote)
    throw badRequest("Say what changed: readers see the correction note on the fact-check.");
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "proposeCorrection", actorId: input.actorId },
      async ({ claim }) => {
        if (claim.retractedAt) throw conflict(RETRACTED);
        const current = await tx.rating.findFirst({
          where: { claimId: claim.id, status: "approved" },
          orderBy: [{ approvedAt: "desc" }, { createdAt: "desc" }],
        });
        if (!current) throw conflict("This published claim has no approved verdict to correct.");
        const pending = await tx.rating.findFirst({ where: { supersedesId: current.id } });
        if (pending) {
          throw conflict(
            "A correction of this verdict is already waiting for approval: approve or withdraw it first.",
          );
        }
        const label = await tx.ratingLabel.findUnique({ where: { id: input.labelId } });
        if (!label) throw notFound("Rating label");
        if (!label.isVerdict) {
          throw badRequest(
            `"${label.name}" is not a verdict label, so it cannot be published as a corrected verdict.`,
          );
        }
        const rating = await tx.rating.create({
          data: {
            claimId: claim.id,
            labelId: label.id,
            rationale,
            correctionNote,
            authorId: input.actorId,
            status: "draft",
            supersedesId: current.id,
          },
        });
        return {
          result: { rating, pending: true as const },
          audit: {
            ratingId: rating.id,
            supersedesId: current.id,
            label: label.name,
            correctionNote,
          },
        };
      },
    ),
  );
}

/** The second editor's step: publishes a proposed correction (see correctVerdict). */
export async function approveCorrection(db: Db, input: { ratingId: string; actorId: string }) {
  return db.$transaction(async (tx) => {
    const rating = await tx.rating.findUnique({
      where: { id: input.ratingId },
      include: { supersedes: true, claim: true, label: true },
    });
    if (!rating?.supersedesId || !rating.supersedes) throw notFound("Correction");
    const { supersedes } = rating;
    return transitionClaim(
      tx,
      { claimId: rating.claimId, step: "approveCorrection", actorId: input.actorId },
      async ({ actor, claim }) => {
        if (rating.status !== "draft") throw conflict("This correction has already been decided.");
        if (claim.retractedAt) throw conflict(RETRACTED);
        if (rating.authorId === actor.id) {
          throw forbidden(
            "A correction needs a second person: someone other than its author must approve it.",
          );
        }
        if (supersedes.status !== "approved") {
          throw conflict(
            "The verdict this correction replaces is no longer the current one; write a new correction.",
          );
        }
        const now = new Date();
        await tx.rating.update({ where: { id: supersedes.id }, data: { status: "superseded" } });
        const approved = await tx.rating.update({
          where: { id: rating.id },
          data: { status: "approved", approverId: actor.id, approvedAt: now },
        });
        if (claim.slug) await queuePagePurge(tx, claim.slug);
        return {
          result: { rating: approved, claimId: rating.claimId, slug: rating.claim.slug },
          claimData: { updatedAt: now, publicChangedAt: now },
          audit: { ratingId: rating.id, supersededId: supersedes.id, label: rating.label.name },
        };
      },
    );
  });
}

/** Takes back a correction that has not been approved; the row is kept for the record. */
export async function withdrawCorrection(db: Db, input: { ratingId: string; actorId: string }) {
  return db.$transaction(async (tx) => {
    const rating = await tx.rating.findUnique({ where: { id: input.ratingId } });
    if (!rating?.supersedesId) throw notFound("Correction");
    const { supersedesId } = rating;
    return transitionClaim(
      tx,
      { claimId: rating.claimId, step: "withdrawCorrection", actorId: input.actorId },
      async () => {
        if (rating.status !== "draft") throw conflict("This correction has already been decided.");
        // Releases the unique supersedesId so a new correction can be written; kept as history.
        await tx.rating.update({
          where: { id: rating.id },
          data: { status: "superseded", supersedesId: null },
        });
        return { result: { ratingId: rating.id }, audit: { ratingId: rating.id, supersedesId } };
      },
    );
  });
}
