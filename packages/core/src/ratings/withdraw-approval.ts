import type { Prisma } from "@claimdesk/db";

/**
 * Withdraws the approval of an approved (unpublished) claim's verdict: the verdict is a draft
 * again, to be approved anew. Used when the evidence under it changes and when an editor sends
 * it back. The caller's workflow step moves the claim itself. Returns the verdict's id for the
 * audit trail, or null when nothing was approved.
 */
export async function withdrawApproval(
  tx: Prisma.TransactionClient,
  claim: { id: string; status: string },
): Promise<string | null> {
  if (claim.status !== "approved") return null;
  const rating = await tx.rating.findFirst({
    where: { claimId: claim.id, status: "approved" },
    orderBy: [{ approvedAt: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  if (!rating) return null;
  await tx.rating.update({
    where: { id: rating.id },
    data: { status: "draft", approverId: null, approvedAt: null },
  });
  return rating.id;
}
