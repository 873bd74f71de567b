import { allJobs } from "@claimdesk/jobs";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";

export const ZAdminOverviewInput = z.object({}).default({});
export const ZAdminOverviewOutput = z.object({
  worker: z.object({ reachable: z.boolean(), url: z.string(), detail: z.string() }),
  queues: z.array(
    z.object({
      name: z.string(),
      queued: z.number(),
      active: z.number(),
      failed: z.number(),
      completed: z.number(),
    }),
  ),
  failedJobs: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      error: z.string(),
      failedAt: z.date().nullable(),
      retries: z.number(),
    }),
  ),
  reindexRuns: z.array(
    z.object({
      id: z.string(),
      status: z.string(),
      backend: z.string(),
      done: z.number(),
      total: z.number(),
      error: z.string().nullable(),
      startedAt: z.date(),
    }),
  ),
  ingesting: z.array(
    z.object({ id: z.string(), title: z.string(), status: z.string(), progress: z.number() }),
  ),
  outbox: z.object({ pending: z.number(), dead: z.number() }),
});

async function pingWorker(url: string): Promise<{ reachable: boolean; detail: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1500) });
    return { reachable: true, detail: `answered HTTP ${response.status}` };
  } catch (error) {
    return {
      reachable: false,
      detail: `worker unreachable at ${url} (${error instanceof Error ? error.message : "no answer"})`,
    };
  }
}

function errorText(output: unknown): string {
  if (output && typeof output === "object" && "message" in output)
    return String((output as { message: unknown }).message);
  return output ? JSON.stringify(output).slice(0, 300) : "failed without a message";
}

/** Worker health, queue depths, failed jobs, reindex progress and the search outbox backlog. */
export const overviewProcedure = adminProcedure
  .input(ZAdminOverviewInput)
  .output(ZAdminOverviewOutput)
  .query(async ({ ctx }) => {
    const workerUrl = process.env.WORKER_URL ?? "http://127.0.0.1:3001";
    const [worker, counts, failed, runs, ingesting, pending, dead] = await Promise.all([
      pingWorker(workerUrl),
      ctx.db
        .$queryRawUnsafe<{ name: string; state: string; count: bigint }[]>(
          `select name, state::text as state, count(*)::bigint as count from pgboss.job group by 1, 2`,
        )
        .catch(() => []),
      ctx.db
        .$queryRawUnsafe<
          {
            id: string;
            name: string;
            output: unknown;
            completed_on: Date | null;
            retry_count: number;
          }[]
        >(
          `select id::text as id, name, output, completed_on, retry_count from pgboss.job where state = 'failed' order by completed_on desc nulls last limit 20`,
        )
        .catch(() => []),
      ctx.db.reindexRun.findMany({ orderBy: { startedAt: "desc" }, take: 5 }),
      ctx.db.article.findMany({
        where: { status: { in: ["queued", "fetching", "extracting"] } },
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { id: true, title: true, status: true, progress: true },
      }),
      ctx.db.outboxEvent.count({ where: { processedAt: null, deadAt: null } }),
      ctx.db.outboxEvent.count({ where: { deadAt: { not: null }, processedAt: null } }),
    ]);
    const count = (name: string, states: string[]) =>
      counts
        .filter((c) => c.name === name && states.includes(c.state))
        .reduce((sum, c) => sum + Number(c.count), 0);
    return {
      worker: { ...worker, url: workerUrl },
      queues: allJobs.map((job) => ({
        name: job.name,
        queued: count(job.name, ["created", "retry"]),
        active: count(job.name, ["active"]),
        failed: count(job.name, ["failed"]),
        completed: count(job.name, ["completed"]),
      })),
      failedJobs: failed.map((f) => ({
        id: f.id,
        name: f.name,
        error: errorText(f.output),
        failedAt: f.completed_on,
        retries: f.retry_count,
      })),
      reindexRuns: runs.map((r) => ({
        id: r.id,
        status: r.status,
        backend: r.backend,
        done: r.done,
        total: r.total,
        error: r.error,
        startedAt: r.startedAt,
      })),
      ingesting,
      outbox: { pending, dead },
    };
  });
