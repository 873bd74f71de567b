import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createWorkerHttpHandler } from "../../worker/http-handler.ts";
import type { RetryInput, StartReindexInput } from "../../worker/schemas.ts";
import type { WorkerService } from "../../worker/service.ts";
import { signedInCaller } from "../claim/test-helpers.ts";

const TOKEN = randomBytes(32).toString("base64url");
const now = new Date().toISOString();

/** What the worker was asked to do, so tests can check the admin's id went along. */
const calls: { retry: RetryInput[]; startReindex: StartReindexInput[] } = {
  retry: [],
  startReindex: [],
};

const failedJobId = randomUUID();

/** A worker service with fixed answers: the admin router is tested through the real client and HTTP handler. */
const service: WorkerService = {
  health: async () => ({
    ok: true,
    db: { ok: true, error: null },
    queue: { ok: true, error: null },
    uptimeSeconds: 42,
    version: "test",
    searchBackend: "postgres",
    pid: 4242,
    hostname: "worker-test",
  }),
  queues: async () => ({
    queues: [{ name: "ingest-url", queued: 3, active: 1, failed: 1, completed: 9 }],
    outbox: { pending: 2, due: 2, dead: 1, oldestPendingSeconds: 1.5 },
  }),
  running: async () => ({
    jobs: [
      {
        id: randomUUID(),
        queue: "ingest-url",
        startedAt: now,
        retryCount: 0,
        progress: 40,
        detail: "fetching https://example.test/a",
        articleId: null,
        reindexRunId: null,
      },
    ],
    reindexRuns: [],
    articles: [],
  }),
  failed: async (input) =>
    input.kind === "job"
      ? {
          items: [
            {
              kind: "job" as const,
              id: failedJobId,
              queue: "ingest-url",
              error: "HTTP 500 from example.test",
              data: { url: "https://example.test/b" },
              retryCount: 2,
              failedAt: now,
              createdAt: now,
            },
          ].slice(input.offset, input.offset + input.limit),
          total: 1,
          nextOffset: null,
        }
      : {
          items: [
            {
              kind: "outbox",
              id: "17",
              entityType: "claim",
              entityId: "c1",
              op: "upsert",
              attempts: 8,
              error: "index down",
              deadAt: now,
              createdAt: now,
            },
          ],
          total: 1,
          nextOffset: null,
        },
  retry: async (input) => {
    calls.retry.push(input);
    if (input.target === "job" && input.id !== failedJobId) {
      const { DomainError } = await import("@claimdesk/core/errors");
      throw new DomainError("NOT_FOUND", "Job not found.");
    }
    return { retried: input.target === "job" ? 1 : (input.ids?.length ?? 5) };
  },
  startReindex: async (input) => {
    calls.startReindex.push(input);
    return { runId: "run-1", alreadyRunning: false, jobId: randomUUID() };
  },
};

let server: http.Server;
let workerUrl: string;

beforeAll(async () => {
  server = http.createServer(createWorkerHttpHandler({ service, token: TOKEN }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  workerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  process.env.WORKER_URL = workerUrl;
  process.env.WORKER_TOKEN = TOKEN;
  calls.retry.length = 0;
  calls.startReindex.length = 0;
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("admin reads and drives the worker through its typed client", () => {
  it("shows health, queues, running work and the first page of failures", async () => {
    const { caller } = await signedInCaller("admin");
    const overview = await caller.admin.overview({});
    expect(overview.worker).toMatchObject({ reachable: true, reason: null, url: workerUrl });
    expect(overview.worker.health).toMatchObject({ pid: 4242, hostname: "worker-test" });
    expect(overview.queues?.queues[0]).toMatchObject({ name: "ingest-url", queued: 3 });
    expect(overview.queues?.outbox.dead).toBe(1);
    expect(overview.running?.jobs[0]?.progress).toBe(40);
    expect(overview.failedJobs?.items.map((i) => i.id)).toEqual([failedJobId]);
    expect(overview.deadOutbox?.items[0]).toMatchObject({ kind: "outbox", id: "17" });
    const page = await caller.admin.failed({ kind: "job", limit: 10, offset: 1 });
    expect(page.items).toEqual([]);
  });

  it("passes the admin's id with every retry and reindex", async () => {
    const { caller, user } = await signedInCaller("admin");
    expect(await caller.admin.retryJob({ id: failedJobId })).toEqual({ retried: 1 });
    expect(await caller.admin.retryOutbox({})).toEqual({ retried: 5 });
    expect(await caller.admin.retryOutbox({ ids: ["17", "18"] })).toEqual({ retried: 2 });
    expect((await caller.admin.startReindex({})).runId).toBe("run-1");
    expect(calls.retry).toEqual([
      { target: "job", id: failedJobId, actorId: user.id },
      { target: "outbox", actorId: user.id },
      { target: "outbox", ids: ["17", "18"], actorId: user.id },
    ]);
    expect(calls.startReindex).toEqual([{ actorId: user.id }]);
  });

  it("keeps the worker's error code and message", async () => {
    const { caller } = await signedInCaller("admin");
    await expect(caller.admin.retryJob({ id: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Job not found.",
    });
  });

  it("reports an unreachable worker as a state, and refuses mutations readably", async () => {
    process.env.WORKER_URL = `http://127.0.0.1:${await closedPort()}`;
    const { caller } = await signedInCaller("admin");
    const overview = await caller.admin.overview({});
    expect(overview.worker.reachable).toBe(false);
    expect(overview.worker.reason).toMatch(/ECONNREFUSED/);
    expect(overview.queues).toBeNull();
    await expect(caller.admin.startReindex({})).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: expect.stringMatching(
        /^Worker unreachable at http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/,
      ),
    });
  });

  it("says so when the worker refuses the token", async () => {
    process.env.WORKER_TOKEN = randomBytes(32).toString("base64url");
    const { caller } = await signedInCaller("admin");
    const overview = await caller.admin.overview({});
    expect(overview.worker.reachable).toBe(false);
    expect(overview.worker.reason).toMatch(/WORKER_TOKEN differs/);
  });

  it("keeps reviewers and editors out", async () => {
    for (const role of ["reviewer", "editor"] as const) {
      const { caller } = await signedInCaller(role);
      await expect(caller.admin.overview({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.admin.failed({ kind: "outbox" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(caller.admin.retryJob({ id: failedJobId })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(caller.admin.retryOutbox({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.admin.startReindex({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(calls.retry).toEqual([]);
    expect(calls.startReindex).toEqual([]);
  });
});
