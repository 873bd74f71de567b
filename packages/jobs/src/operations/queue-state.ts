import type { Db } from "@claimdesk/db";
import { allJobs } from "../definitions.ts";
import { countFailedJobs } from "../inspect.ts";
import type { Queue } from "../queue.ts";
import type { Queues } from "./schemas.ts";
import { sqlOf } from "./sql-of.ts";

/**
 * Queue depths per job (pg-boss's getQueueSize counts jobs in states before the one named:
 * created < retry < active < completed < cancelled < failed) and the search outbox's state.
 */
export async function readQueueState(db: Db, boss: Queue): Promise<Queues> {
  const size = (name: string, before: "active" | "completed" | "cancelled") =>
    boss.getQueueSize(name, { before });
  const failed = await countFailedJobs(sqlOf(db));
  const queues = await Promise.all(
    allJobs.map(async ({ name }) => {
      const [waiting, upToActive, upToCompleted] = await Promise.all([
        size(name, "active"),
        size(name, "completed"),
        size(name, "cancelled"),
      ]);
      return {
        name,
        queued: waiting,
        active: upToActive - waiting,
        failed: failed.get(name) ?? 0,
        completed: upToCompleted - upToActive,
      };
    }),
  );
  return { queues, outbox: await readOutboxState(db) };
}

/** Search-outbox events waiting, due now and dead, and how long the oldest has waited. */
export async function readOutboxState(db: Db, now = new Date()): Promise<Queues["outbox"]> {
  const waiting = { processedAt: null, deadAt: null };
  const [pending, due, dead, oldest] = await Promise.all([
    db.outboxEvent.count({ where: waiting }),
    db.outboxEvent.count({ where: { ...waiting, availableAt: { lte: now } } }),
    db.outboxEvent.count({ where: { deadAt: { not: null } } }),
    db.outboxEvent.findFirst({
      where: waiting,
      orderBy: { id: "asc" },
      select: { createdAt: true },
    }),
  ]);
  return {
    pending,
    due,
    dead,
    oldestPendingSeconds: oldest
      ? Math.max(0, (now.getTime() - oldest.createdAt.getTime()) / 1000)
      : null,
  };
}
