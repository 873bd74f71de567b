import { recordAuditEvent } from "@claimdesk/core/audit";
import { badRequest, notFound } from "@claimdesk/core/errors";
import type { Db } from "@claimdesk/db";
import { allJobs } from "../definitions.ts";
import type { Queue } from "../queue.ts";
import type { RetryOutput } from "./schemas.ts";

/** Sends one failed job back to its queue (pg-boss getJobById + retry), audited as the actor. */
export async function retryFailedJob(
  db: Db,
  boss: Queue,
  input: { id: string; actorId: string | null },
): Promise<RetryOutput> {
  const found = await Promise.all(allJobs.map(({ name }) => boss.getJobById(name, input.id)));
  const job = found.find((j) => j !== null);
  if (!job) throw notFound("Job");
  if (job.state !== "failed")
    throw badRequest(`Only failed jobs can be retried; this one is ${job.state}.`);
  await boss.retry(job.name, input.id);
  await recordAuditEvent(db, {
    actorId: input.actorId,
    action: "job.retry",
    entityType: "job",
    entityId: input.id,
    data: { queue: job.name },
  });
  return { retried: 1 };
}

/** Sends dead search-outbox events (the listed ids, or all) back to the outbox loop, audited. */
export async function retryDeadOutbox(
  db: Db,
  input: { ids?: string[]; actorId: string | null },
): Promise<RetryOutput> {
  const ids = input.ids?.map((id) => BigInt(id));
  return db.$transaction(async (tx) => {
    const { count } = await tx.outboxEvent.updateMany({
      where: { deadAt: { not: null }, ...(ids ? { id: { in: ids } } : {}) },
      data: { deadAt: null, attempts: 0, availableAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "outbox.retry",
      entityType: "outbox",
      entityId: ids ? ids.join(",").slice(0, 200) : "all",
      data: { retried: count },
    });
    return { retried: count };
  });
}
