import type { Db } from "@claimdesk/db";
import { badRequest, conflict } from "../errors.ts";
import { transitionClaim } from "../workflow/index.ts";
import { queuePagePurge } from "./page-purge.ts";

export const MAX_RETRACTION_NOTE = 2_000;

/**
 * Takes a published fact-check back (an editor's step): its page stays at its address and shows
 * the public note instead of the verdict, the feed keeps the item as a retraction (decision 015),
 * a correction waiting for approval is withdrawn (kept for the record), the CDN is told. Audited.
 */
export async function retractFactCheck(
  db: Db,
  input: { claimId: string; actorId: string; note: string },
) {
  const note = input.note.trim();
  if (note.length < 10) {
    throw badRequest(
      "Retraction note: tell readers why the fact-check is retracted (at least 10 characters).",
    );
  }
  if (note.length > MAX_RETRACTION_NOTE) {
    throw badRequest(`Retraction note: keep it under ${MAX_RETRACTION_NOTE} characters.`);
  }
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "retract", actorId: input.actorId },
      async ({ claim }) => {
        if (claim.retractedAt) throw conflict("This fact-check is already retracted.");
        const pending = await tx.rating.findMany({
          where: { claimId: claim.id, status: "draft", supersedesId: { not: null } },
          select: { id: true },
        });
        if (pending.length > 0) {
          await tx.rating.updateMany({
            where: { id: { in: pending.map((p) => p.id) } },
            data: { status: "superseded", supersedesId: null },
          });
        }
        const retractedAt = new Date();
        if (claim.slug) await queuePagePurge(tx, claim.slug);
        return {
          result: { claimId: claim.id, slug: claim.slug, retractedAt },
          claimData: { retractedAt, retractionNote: note, publicChangedAt: retractedAt },
          audit: { note, withdrawnCorrections: pending.map((p) => p.id) },
        };
      },
    ),
  );
}
