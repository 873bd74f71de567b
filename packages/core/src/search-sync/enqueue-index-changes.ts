import type { Prisma } from "@claimdesk/db";

export type IndexedEntity = "statement" | "claim" | "article";

/**
 * Records that indexed records changed, inside the caller's transaction (transactional outbox):
 * the worker drains these into the search index, so a change reaches the index even if a
 * process dies in between. Call it in the same `db.$transaction` as the change itself.
 */
export async function enqueueIndexChanges(
  tx: Prisma.TransactionClient,
  entityType: IndexedEntity,
  ids: string[],
  op: "upsert" | "delete" = "upsert",
): Promise<void> {
  if (ids.length === 0) return;
  await tx.outboxEvent.createMany({
    data: ids.map((entityId) => ({ entityType, entityId, op })),
  });
}
