import type { Prisma } from "@claimdesk/db";

export interface AuditInput {
  actorId: string | null;
  action: string; // "rating.approve"
  entityType: string; // "claim"
  entityId: string;
  data?: Prisma.InputJsonValue;
}

/** Appends to the audit trail, in the caller's transaction. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, input: AuditInput) {
  await tx.auditEvent.create({ data: { ...input, data: input.data ?? {} } });
}
