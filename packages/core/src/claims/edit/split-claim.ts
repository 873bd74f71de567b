import type { Db } from "@claimdesk/db";
import { fingerprintText } from "@claimdesk/extraction";
import { recordAuditEvent } from "../../audit/index.ts";
import { badRequest } from "../../errors.ts";
import { withdrawApproval } from "../../ratings/withdraw-approval.ts";
import { enqueueIndexChanges } from "../../search-sync/index.ts";
import { transitionClaim } from "../../workflow/index.ts";
import { normaliseClaimText, SPLIT_PARTS } from "./claim-edit-rules.ts";

export interface SplitPart {
  text: string;
  /** appearances (statements of this claim) that go to this part */
  statementIds: string[];
  /** evidence of this claim that goes to this part */
  evidenceIds: string[];
}

/**
 * Splits a compound claim: the first part stays this claim (reworded when its text differs; the
 * first wording is kept), every other part becomes a new claim with the same speaker, date,
 * assignee and tags. Appearances and evidence go where the reviewer says; what is not given to
 * another part stays. Verdicts stay with this claim; moving evidence away from an approved
 * verdict withdraws the approval.
 */
export async function splitClaim(
  db: Db,
  input: { claimId: string; parts: SplitPart[]; actorId: string },
) {
  if (input.parts.length < SPLIT_PARTS.min || input.parts.length > SPLIT_PARTS.max)
    throw badRequest(`parts: split into ${SPLIT_PARTS.min} to ${SPLIT_PARTS.max} claims.`);
  const parts = input.parts.map((p, i) => ({
    ...p,
    text: normaliseClaimText(p.text, `parts.${i + 1}.text`),
  }));
  if (new Set(parts.map((p) => p.text.toLowerCase())).size !== parts.length)
    throw badRequest("parts: two parts have the same wording.");
  const seen = new Set<string>();
  for (const id of parts.flatMap((p) => [...p.statementIds, ...p.evidenceIds])) {
    if (seen.has(id)) throw badRequest("parts: an appearance or source is given to two parts.");
    seen.add(id);
  }
  return db.$transaction(
    (tx) =>
      transitionClaim(
        tx,
        { claimId: input.claimId, step: "split", actorId: input.actorId },
        async ({ claim, actor }) => {
          const [statements, evidence] = await Promise.all([
            tx.statement.findMany({ where: { claimId: claim.id }, select: { id: true } }),
            tx.evidence.findMany({
              where: { claimId: claim.id },
              select: { id: true, deletedAt: true },
            }),
          ]);
          const own = new Set([...statements, ...evidence].map((r) => r.id));
          const foreign = [...seen].find((id) => !own.has(id));
          if (foreign)
            throw badRequest(
              "parts: an appearance or source is not this claim's (reload the page).",
            );
          const created: { id: string; text: string }[] = [];
          const moved: string[] = [];
          let evidenceMoved = false;
          for (const part of parts.slice(1)) {
            const hasEvidence = part.evidenceIds.length > 0;
            const child = await tx.claim.create({
              data: {
                text: part.text,
                fingerprint: fingerprintText(part.text),
                origin: "manual",
                status: hasEvidence ? "in_research" : "new",
                checkworthiness: claim.checkworthiness,
                speakerId: claim.speakerId,
                assigneeId: claim.assigneeId,
                claimDate: claim.claimDate,
                tags: claim.tags,
              },
            });
            await tx.statement.updateMany({
              where: { id: { in: part.statementIds }, claimId: claim.id },
              data: { claimId: child.id },
            });
            await tx.evidence.updateMany({
              where: { id: { in: part.evidenceIds }, claimId: claim.id },
              data: { claimId: child.id },
            });
            evidenceMoved ||= evidence.some((e) => !e.deletedAt && part.evidenceIds.includes(e.id));
            moved.push(...part.statementIds);
            await recordAuditEvent(tx, {
              actorId: actor.id,
              action: "claim.split_from",
              entityType: "claim",
              entityId: child.id,
              data: {
                from: claim.id,
                fromText: claim.text,
                text: part.text,
                appearances: part.statementIds.length,
                evidence: part.evidenceIds.length,
              },
            });
            created.push({ id: child.id, text: child.text });
          }
          const withdrawn = await withdrawApproval(tx, claim);
          await enqueueIndexChanges(
            tx,
            "claim",
            created.map((c) => c.id),
          );
          await enqueueIndexChanges(tx, "statement", moved);
          const first = parts[0]!.text;
          const reworded = first !== claim.text;
          return {
            result: { claimId: claim.id, created },
            audit: {
              into: created,
              ...(reworded ? { from: claim.text, to: first } : {}),
              evidenceMoved,
              ...(withdrawn ? { approvalWithdrawn: withdrawn } : {}),
            },
            claimData: reworded
              ? { text: first, originalText: claim.originalText ?? claim.text }
              : {},
          };
        },
      ),
    { timeout: 30_000 },
  );
}
