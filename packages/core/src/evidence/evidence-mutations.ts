import type { Db, Prisma, Stance } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../claims/load-actor.ts";
import { badRequest, conflict, notFound } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";

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

async function openClaim(tx: Prisma.TransactionClient, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { id: true, status: true },
  });
  if (!claim) throw notFound("Claim");
  if (claim.status === "published")
    throw conflict("The claim is published: its evidence is frozen (file a correction).");
  return claim;
}

/** Adds a source to a claim; a new claim moves into research. */
export async function addEvidence(
  db: Db,
  input: EvidenceFields & { claimId: string; actorId: string },
) {
  check(input);
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "reviewer");
    const claim = await openClaim(tx, input.claimId);
    const evidence = await tx.evidence.create({
      data: {
        claimId: claim.id,
        url: input.url.trim(),
        title: input.title.trim(),
        excerpt: input.excerpt?.trim() ?? "",
        stance: input.stance,
        addedById: input.actorId,
      },
    });
    if (claim.status === "new") {
      await tx.claim.update({ where: { id: claim.id }, data: { status: "in_research" } });
      // The claim's status is part of its search document (status facet).
      await enqueueIndexChanges(tx, "claim", [claim.id]);
    }
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "evidence.add",
      entityType: "claim",
      entityId: claim.id,
      data: { evidenceId: evidence.id, title: evidence.title, stance: evidence.stance },
    });
    return evidence;
  });
}

async function loadEvidence(tx: Prisma.TransactionClient, evidenceId: string) {
  const evidence = await tx.evidence.findUnique({ where: { id: evidenceId } });
  if (!evidence) throw notFound("Evidence");
  await openClaim(tx, evidence.claimId);
  return evidence;
}

export async function updateEvidence(
  db: Db,
  input: EvidenceFields & { evidenceId: string; actorId: string },
) {
  check(input);
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "reviewer");
    const before = await loadEvidence(tx, input.evidenceId);
    if (before.deletedAt) throw conflict("This evidence was removed: restore it before editing.");
    const evidence = await tx.evidence.update({
      where: { id: before.id },
      data: {
        url: input.url.trim(),
        title: input.title.trim(),
        excerpt: input.excerpt?.trim() ?? "",
        stance: input.stance,
      },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "evidence.update",
      entityType: "claim",
      entityId: before.claimId,
      data: { evidenceId: before.id, title: evidence.title, stance: evidence.stance },
    });
    return evidence;
  });
}

/** Soft-removes (deletedAt) or restores evidence, so a removal can be undone. */
export async function setEvidenceRemoved(
  db: Db,
  input: { evidenceId: string; removed: boolean; actorId: string },
) {
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "reviewer");
    const before = await loadEvidence(tx, input.evidenceId);
    const evidence = await tx.evidence.update({
      where: { id: before.id },
      data: { deletedAt: input.removed ? (before.deletedAt ?? new Date()) : null },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: input.removed ? "evidence.remove" : "evidence.restore",
      entityType: "claim",
      entityId: before.claimId,
      data: { evidenceId: before.id, title: before.title },
    });
    return evidence;
  });
}
