import type { Claim, Db, Prisma } from "@claimdesk/db";
import { recordAuditEvent } from "../../audit/index.ts";
import { loadActor } from "../../auth/load-actor.ts";
import { badRequest, conflict, notFound } from "../../errors.ts";
import { withdrawApproval } from "../../ratings/withdraw-approval.ts";
import { enqueueIndexChanges } from "../../search-sync/index.ts";
import { transitionClaim } from "../../workflow/index.ts";

type Tx = Prisma.TransactionClient;

/** What merging `source` into `target` would do, in words the desk reads before confirming. */
export interface MergePlan {
  source: { id: string; text: string; status: Claim["status"]; fingerprint: string };
  target: { id: string; text: string; status: Claim["status"] };
  /** why the merge cannot be done (nothing else applies then) */
  refusal: string | null;
  consequences: string[];
}

async function planMerge(tx: Tx, sourceId: string, targetId: string): Promise<MergePlan> {
  if (sourceId === targetId) throw badRequest("target: a claim cannot be merged into itself.");
  const [source, target] = await Promise.all([
    tx.claim.findUnique({ where: { id: sourceId } }),
    tx.claim.findUnique({ where: { id: targetId } }),
  ]);
  if (!source) throw notFound("Claim");
  if (!target)
    throw badRequest("target: no claim with that address or id (it may have been merged).");
  const [appearances, evidence, ratings] = await Promise.all([
    tx.statement.count({ where: { claimId: source.id } }),
    tx.evidence.count({ where: { claimId: source.id, deletedAt: null } }),
    tx.rating.findMany({
      where: { claimId: source.id, status: { not: "superseded" } },
      include: { label: { select: { name: true } } },
    }),
  ]);
  const plan: MergePlan = {
    source: {
      id: source.id,
      text: source.text,
      status: source.status,
      fingerprint: source.fingerprint,
    },
    target: { id: target.id, text: target.text, status: target.status },
    refusal: null,
    consequences: [],
  };
  if (source.status === "published") {
    plan.refusal =
      "This claim is published: merging it away would take down its fact-check. Merge the other claim into this one instead.";
    return plan;
  }
  const c = plan.consequences;
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  c.push(`${n(appearances, "appearance")} move to the surviving claim.`);
  if (evidence > 0)
    c.push(
      target.status === "published"
        ? `${n(evidence, "source")} move as removed items: a published claim's evidence is frozen.`
        : `${n(evidence, "source")} of evidence move to the surviving claim.`,
    );
  for (const r of ratings)
    c.push(
      `Its verdict “${r.label.name}” (${r.status === "approved" ? "approved" : "draft"}) is kept in the surviving claim's history as superseded; the surviving claim keeps its own verdict. Merge the other way to keep this one.`,
    );
  if (target.status === "approved")
    c.push("The surviving claim's approval is withdrawn: an editor approves its verdict again.");
  c.push(
    "The merged claim's history stays readable on the surviving claim, and its address redirects there.",
  );
  return plan;
}

/** The merge's consequences, for the confirmation dialog. */
export async function previewMerge(
  db: Db,
  input: { sourceId: string; targetId: string; actorId: string },
) {
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "reviewer");
    return planMerge(tx, input.sourceId, input.targetId);
  });
}

/**
 * Merges a duplicate (`sourceId`) into `targetId`: appearances, evidence, verdicts (as
 * superseded history), notifications and earlier redirects move to the target; the duplicate is
 * deleted and its id redirects to the target (ClaimRedirect), so its audit trail stays readable
 * there. A published duplicate is refused. Re-indexes both claims and the moved statements.
 */
export async function mergeClaims(
  db: Db,
  input: { sourceId: string; targetId: string; actorId: string },
) {
  return db.$transaction(
    (tx) =>
      transitionClaim(
        tx,
        { claimId: input.targetId, step: "merge", actorId: input.actorId },
        async ({ claim: target, actor }) => {
          const plan = await planMerge(tx, input.sourceId, target.id);
          if (plan.refusal) throw conflict(plan.refusal);
          const sourceId = plan.source.id;
          // Nobody changes the duplicate while it moves (a concurrent step waits, then finds it gone).
          await tx.$queryRaw`select id from "Claim" where id = ${sourceId} for update`;
          const statements = await tx.statement.findMany({
            where: { claimId: sourceId },
            select: { id: true },
          });
          await tx.statement.updateMany({
            where: { claimId: sourceId },
            data: { claimId: target.id },
          });
          await tx.statement.updateMany({
            where: { repeatOfClaimId: sourceId },
            data: { repeatOfClaimId: target.id },
          });
          if (target.status === "published")
            await tx.evidence.updateMany({
              where: { claimId: sourceId, deletedAt: null },
              data: { deletedAt: new Date() },
            });
          await tx.evidence.updateMany({
            where: { claimId: sourceId },
            data: { claimId: target.id },
          });
          await tx.rating.updateMany({
            where: { claimId: sourceId, status: { not: "superseded" } },
            data: { status: "superseded" },
          });
          await tx.rating.updateMany({
            where: { claimId: sourceId },
            data: { claimId: target.id },
          });
          await tx.notification.updateMany({
            where: { claimId: sourceId },
            data: { claimId: target.id },
          });
          // The right-of-reply log moves too (the speaker was contacted about this claim). A
          // fact-check draft of the duplicate goes with it: only a draft (a published duplicate
          // is refused above), written for a verdict that is now superseded.
          await tx.speakerContact.updateMany({
            where: { claimId: sourceId },
            data: { claimId: target.id },
          });
          await tx.claimRedirect.updateMany({
            where: { toId: sourceId },
            data: { toId: target.id },
          });
          const source = await tx.claim.findUniqueOrThrow({ where: { id: sourceId } });
          const tags = [...new Set([...target.tags, ...source.tags])].sort();
          await tx.claim.delete({ where: { id: sourceId } });
          await tx.claimRedirect.create({
            data: {
              fromId: sourceId,
              toId: target.id,
              text: plan.source.text,
              fingerprint: plan.source.fingerprint,
            },
          });
          const withdrawn = await withdrawApproval(tx, target);
          await recordAuditEvent(tx, {
            actorId: actor.id,
            action: "claim.merged_into",
            entityType: "claim",
            entityId: sourceId,
            data: { into: target.id, text: plan.source.text },
          });
          await enqueueIndexChanges(tx, "claim", [sourceId], "delete");
          await enqueueIndexChanges(
            tx,
            "statement",
            statements.map((s) => s.id),
          );
          return {
            result: { claimId: target.id, mergedId: sourceId, consequences: plan.consequences },
            audit: {
              merged: sourceId,
              text: plan.source.text,
              appearances: statements.length,
              ...(withdrawn ? { approvalWithdrawn: withdrawn } : {}),
            },
            claimData: { tags, claimDate: earliest(target.claimDate, source.claimDate) },
          };
        },
      ),
    { timeout: 30_000 },
  );
}

const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));

/** Where a merged claim's address leads now (null: never merged). */
export async function findClaimRedirect(db: Db, claimId: string): Promise<string | null> {
  const redirect = await db.claimRedirect.findUnique({ where: { fromId: claimId } });
  return redirect?.toId ?? null;
}
