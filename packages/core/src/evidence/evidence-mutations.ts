import type { Db, Prisma, Stance } from "@claimdesk/db";
import { badRequest, conflict, notFound } from "../errors.ts";
import { withdrawApproval } from "../ratings/withdraw-approval.ts";
import { transitionClaim } from "../workflow/index.ts";

export interface EvidenceFields {
  url: string;
  title: string;
  excerpt?: string;
  stance: Stance;
}

function check(fields: EvidenceFields) {
  let url: URL;
  try {
    url = new URL(fields.url);
  } catch {
    throw badRequest("The evidence URL is not a valid address (start it with https://).");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw badRequest("The evidence URL must start with http:// or https://.");
  if (!fields.title.trim()) throw badRequest("Give the evidence a title.");
}

const withdrawn = (ratingId: string | null) => (ratingId ? { approvalWithdrawn: ratingId } : {});

/** Adds a source to a claim; a new claim moves into research. */
export async function addEvidence(
  db: Db,
  input: EvidenceFields & { claimId: string; actorId: string },
) {
  check(input);
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "addEvidence", actorId: input.actorId },
      async ({ claim }) => {
        const evidence = await tx.evidence.create({
          data: {
            claimId: claim.id,
            url: input.url.trim(),
            title: input.title.trim(),
            excerpt: input.excerpt?.trim() ?? "",
            stance: input.stance,
            addedById: input.actorId,
            snapshotStatus: "pending",
          },
        });
        const ratingId = await withdrawApproval(tx, claim);
        return {
          result: evidence,
          audit: {
            evidenceId: evidence.id,
            title: evidence.title,
            stance: evidence.stance,
            ...withdrawn(ratingId),
          },
        };
      },
    ),
  );
}

async function findEvidence(tx: Prisma.TransactionClient, evidenceId: string) {
  const evidence = await tx.evidence.findUnique({ where: { id: evidenceId } });
  if (!evidence) throw notFound("Evidence");
  return evidence;
}

export async function updateEvidence(
  db: Db,
  input: EvidenceFields & { evidenceId: string; actorId: string },
) {
  check(input);
  return db.$transaction(async (tx) => {
    const before = await findEvidence(tx, input.evidenceId);
    return transitionClaim(
      tx,
      { claimId: before.claimId, step: "updateEvidence", actorId: input.actorId },
      async ({ claim }) => {
        if (before.deletedAt)
          throw conflict("This evidence was removed: restore it before editing.");
        const evidence = await tx.evidence.update({
          where: { id: before.id },
          data: {
            url: input.url.trim(),
            title: input.title.trim(),
            excerpt: input.excerpt?.trim() ?? "",
            stance: input.stance,
            ...(input.url.trim() !== before.url
              ? { snapshotStatus: "pending", snapshotError: null }
              : {}),
          },
        });
        const ratingId = await withdrawApproval(tx, claim);
        return {
          result: evidence,
          audit: {
            evidenceId: before.id,
            title: evidence.title,
            stance: evidence.stance,
            ...withdrawn(ratingId),
          },
        };
      },
    );
  });
}

/** Soft-removes (deletedAt) or restores evidence, so a removal can be undone. */
export async function setEvidenceRemoved(
  db: Db,
  input: { evidenceId: string; removed: boolean; actorId: string },
) {
  return db.$transaction(async (tx) => {
    const before = await findEvidence(tx, input.evidenceId);
    return transitionClaim(
      tx,
      {
        claimId: before.claimId,
        step: input.removed ? "removeEvidence" : "restoreEvidence",
        actorId: input.actorId,
      },
      async ({ claim }) => {
        const evidence = await tx.evidence.update({
          where: { id: before.id },
          data: { deletedAt: input.removed ? (before.deletedAt ?? new Date()) : null },
        });
        const ratingId = await withdrawApproval(tx, claim);
        return {
          result: evidence,
          audit: { evidenceId: before.id, title: before.title, ...withdrawn(ratingId) },
        };
      },
    );
  });
}
