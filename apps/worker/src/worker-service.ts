import { hostname } from "node:os";
import type { WorkerService } from "@claimdesk/api/worker";
import type { Db } from "@claimdesk/db";
import type { Queue } from "@claimdesk/jobs";
import {
  listFailedWork,
  listRunningWork,
  readQueueState,
  retryDeadOutbox,
  retryFailedJob,
  startReindex,
} from "@claimdesk/jobs/operations";
import type { SearchBackend } from "@claimdesk/search";

const startedAt = Date.now();

async function actorOrNull(db: Db, actorId: string | undefined): Promise<string | null> {
  if (!actorId) return null;
  const user = await db.user.findUnique({ where: { id: actorId }, select: { id: true } });
  return user?.id ?? null;
}

/** The worker router's data, from this process's queue, database and search backend. */
export function createWorkerService(deps: {
  db: Db;
  boss: Queue;
  backend: SearchBackend;
  leaseMs: number;
  version: string;
}): WorkerService {
  const { db, boss, backend } = deps;

  return {
    async health() {
      const check = async (fn: () => Promise<unknown>) => {
        try {
          await Promise.race([
            fn(),
            new Promise((_, reject) =>
              setTimeout(() => reject(new Error("no answer within 3 s")), 3000),
            ),
          ]);
          return { ok: true, error: null };
        } catch (error) {
          return { ok: false, error: (error as Error).message };
        }
      };
      const [dbCheck, queueCheck] = await Promise.all([
        check(() => db.$queryRaw`select 1`),
        check(() => boss.getQueues()),
      ]);
      return {
        ok: dbCheck.ok && queueCheck.ok,
        db: dbCheck,
        queue: queueCheck,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        version: deps.version,
        searchBackend: backend.kind,
        pid: process.pid,
        hostname: hostname(),
      };
    },

    queues: () => readQueueState(db, boss),
    running: () => listRunningWork(db, { leaseMs: deps.leaseMs }),
    failed: (input) => listFailedWork(db, input),
    async retry(input) {
      const actorId = await actorOrNull(db, input.actorId);
      return input.target === "job"
        ? retryFailedJob(db, boss, { id: input.id, actorId })
        : retryDeadOutbox(db, { ids: input.ids, actorId });
    },
    async startReindex(input) {
      const actorId = await actorOrNull(db, input.actorId);
      return startReindex(db, boss, { backendKind: backend.kind, actorId });
    },
  };
}
