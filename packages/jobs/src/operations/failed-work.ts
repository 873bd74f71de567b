import type { Db } from "@claimdesk/db";
import { jobErrorMessage, listFailedJobs } from "../inspect.ts";
import type { FailedInput, FailedOutput } from "./schemas.ts";
import { sqlOf } from "./sql-of.ts";

const next = (offset: number, count: number, total: number) =>
  offset + count < total ? offset + count : null;

/** A page of failed jobs or dead search-outbox events, newest first. */
export async function listFailedWork(db: Db, input: FailedInput): Promise<FailedOutput> {
  if (input.kind === "outbox") {
    const dead = { deadAt: { not: null } };
    const [total, events] = await Promise.all([
      db.outboxEvent.count({ where: dead }),
      db.outboxEvent.findMany({
        where: dead,
        orderBy: [{ deadAt: "desc" }, { id: "desc" }],
        skip: input.offset,
        take: input.limit,
      }),
    ]);
    return {
      total,
      nextOffset: next(input.offset, events.length, total),
      items: events.map((e) => ({
        kind: "outbox" as const,
        id: e.id.toString(),
        entityType: e.entityType,
        entityId: e.entityId,
        op: e.op,
        attempts: e.attempts,
        error: e.lastError ?? "",
        deadAt: e.deadAt!.toISOString(),
        createdAt: e.createdAt.toISOString(),
      })),
    };
  }
  const { total, rows } = await listFailedJobs(sqlOf(db), input);
  return {
    total,
    nextOffset: next(input.offset, rows.length, total),
    items: rows.map((r) => ({
      kind: "job" as const,
      id: r.id,
      queue: r.name,
      error: jobErrorMessage(r.output),
      data: r.data,
      retryCount: r.retryCount,
      failedAt: r.completedOn ? new Date(r.completedOn).toISOString() : null,
      createdAt: new Date(r.createdOn).toISOString(),
    })),
  };
}
