import { randomUUID } from "node:crypto";
import { createUrlArticle } from "@claimdesk/core/ingest";
import { getDb } from "@claimdesk/db";
import { enqueue, ingestUrlJob, type Queue, startQueue } from "@claimdesk/jobs";
import { writeWorkerHeartbeat } from "@claimdesk/jobs/operations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInCaller } from "../claim/test-helpers.ts";

let queue: Queue;
/** The job queue this file starts, in the callers' context as the web server puts its own. */
const withQueue = { services: { queue: { get: async () => queue } } };

beforeAll(async () => {
  queue = await startQueue(process.env.DATABASE_URL!, { supervise: false, max: 2 });
});

afterAll(async () => {
  await queue.stop({ graceful: false, wait: true, close: true });
});

/** An ingest job for a new article, as the web app queues it. */
async function queueIngest(path: string) {
  const url = `https://example.test/${path}`;
  const { article } = await createUrlArticle(getDb(), { url });
  const jobId = await enqueue(queue, ingestUrlJob, { v: 1, articleId: article.id, url });
  return { article, jobId: jobId! };
}

/** Takes the next queued ingest job as a worker would (it becomes active). */
async function takeIngestJob() {
  const [job] = await queue.fetch(ingestUrlJob.name);
  if (!job) throw new Error("no ingest job to take");
  return job;
}

describe("admin reads background work from the database and pg-boss", () => {
  let failedJobId: string;
  let deadId: string;

  it("shows the worker's heartbeat, queues, running work and the first page of failures", async () => {
    const db = getDb();
    const { caller } = await signedInCaller("admin", withQueue);
    expect((await caller.admin.overview({})).worker).toEqual({
      running: false,
      lastSeenSecondsAgo: null,
      workers: [],
    });
    await writeWorkerHeartbeat(db, {
      hostname: "worker-test",
      pid: 4242,
      version: "test",
      searchBackend: "embedded",
      leaseSeconds: 60,
    });

    // One taken with progress 40, one failed, three waiting.
    const running = await queueIngest("a");
    const taken = await takeIngestJob();
    expect(taken.id).toBe(running.jobId);
    await db.article.update({
      where: { id: running.article.id },
      data: { status: "fetching", progress: 40 },
    });
    // no retries left: failing it once makes it "failed" (not "retry")
    const b = await createUrlArticle(db, { url: "https://example.test/b" });
    await queue.send(
      ingestUrlJob.name,
      { v: 1, articleId: b.article.id, url: "https://example.test/b" },
      { retryLimit: 0 },
    );
    const failing = await takeIngestJob();
    await queue.fail(ingestUrlJob.name, failing.id, { message: "HTTP 500 from example.test" });
    failedJobId = failing.id;
    for (const path of ["c", "d", "e"]) await queueIngest(path);
    const dead = await db.outboxEvent.create({
      data: {
        entityType: "claim",
        entityId: "c1",
        op: "upsert",
        attempts: 8,
        deadAt: new Date(),
        lastError: "index down",
      },
    });
    deadId = dead.id.toString();

    const overview = await caller.admin.overview({});
    expect(overview.worker.running).toBe(true);
    expect(overview.worker.lastSeenSecondsAgo).toBeLessThan(30);
    expect(overview.worker.workers[0]).toMatchObject({ pid: 4242, hostname: "worker-test" });
    expect(overview.queues.queues.find((q) => q.name === ingestUrlJob.name)).toEqual({
      name: ingestUrlJob.name,
      queued: 3,
      active: 1,
      failed: 1,
      completed: 0,
    });
    expect(overview.queues.outbox.dead).toBe(1);
    expect(overview.running.jobs.map((j) => [j.id, j.progress])).toEqual([[running.jobId, 40]]);
    expect(overview.running.jobs[0]?.detail).toBe("fetching https://example.test/a");
    expect(overview.failedJobs.items.map((i) => i.id)).toEqual([failedJobId]);
    expect(overview.failedJobs.items[0]).toMatchObject({ error: "HTTP 500 from example.test" });
    expect(overview.deadOutbox.items[0]).toMatchObject({ kind: "outbox", id: deadId });
    const page = await caller.admin.failed({ kind: "job", limit: 10, offset: 1 });
    expect(page.items).toEqual([]);
  });

  it("retries and reindexes as the admin, audited", async () => {
    const db = getDb();
    const { caller, user } = await signedInCaller("admin", withQueue);
    expect(await caller.admin.retryJob({ id: failedJobId })).toEqual({ retried: 1 });
    const retried = await queue.getJobById(ingestUrlJob.name, failedJobId);
    expect(retried?.state).toBe("retry");
    expect(await caller.admin.retryOutbox({ ids: [deadId] })).toEqual({ retried: 1 });
    expect(await caller.admin.retryOutbox({})).toEqual({ retried: 0 });
    const started = await caller.admin.startReindex({});
    expect(started).toMatchObject({ alreadyRunning: false, jobId: expect.any(String) });
    expect(await caller.admin.startReindex({})).toEqual({
      runId: started.runId,
      alreadyRunning: true,
      jobId: null,
    });
    const audit = await db.auditEvent.findMany({
      where: { action: { in: ["job.retry", "outbox.retry", "reindex.start"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId, a.entityId])).toEqual([
      ["job.retry", user.id, failedJobId],
      ["outbox.retry", user.id, deadId],
      ["outbox.retry", user.id, "all"],
      ["reindex.start", user.id, started.runId],
    ]);
  });

  it("refuses to retry a job that is missing or has not failed, readably", async () => {
    const { caller } = await signedInCaller("admin", withQueue);
    await expect(caller.admin.retryJob({ id: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Job not found",
    });
    const { jobId } = await queueIngest("f");
    await expect(caller.admin.retryJob({ id: jobId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Only failed jobs can be retried; this one is created.",
    });
  });

  it("says no worker runs when the last heartbeat is old", async () => {
    await getDb().workerHeartbeat.updateMany({
      data: { seenAt: new Date(Date.now() - 120_000) },
    });
    const { caller } = await signedInCaller("admin", withQueue);
    const overview = await caller.admin.overview({});
    expect(overview.worker).toMatchObject({ running: false, workers: [] });
    expect(overview.worker.lastSeenSecondsAgo).toBeGreaterThanOrEqual(120);
    expect(overview.worker.lastSeenSecondsAgo).toBeLessThan(180);
    // what waits for a worker is still shown
    expect(overview.queues.queues.find((q) => q.name === ingestUrlJob.name)?.queued).toBe(5);
  });

  it("keeps reviewers and editors out", async () => {
    const before = await getDb().auditEvent.count();
    for (const role of ["reviewer", "editor"] as const) {
      const { caller } = await signedInCaller(role);
      await expect(caller.admin.overview({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.admin.failed({ kind: "outbox" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(caller.admin.retryJob({ id: randomUUID() })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(caller.admin.retryOutbox({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.admin.startReindex({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getDb().auditEvent.count()).toBe(before);
  });
});
