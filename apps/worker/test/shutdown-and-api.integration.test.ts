import http from "node:http";
import type { AddressInfo } from "node:net";
import { createUrlArticle } from "@claimdesk/core/ingest";
import { getDb } from "@claimdesk/db";
import { enqueue, ingestUrlJob, startQueue } from "@claimdesk/jobs";
import {
  listFailedWork,
  readQueueState,
  retryDeadOutbox,
  retryFailedJob,
} from "@claimdesk/jobs/operations";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  articleHtml,
  enqueueOnce,
  killQuietly,
  type SpawnedWorker,
  spawnWorker,
  waitFor,
} from "./helpers.ts";

let workers: SpawnedWorker[] = [];
afterEach(async () => {
  for (const w of workers) await killQuietly(w);
  workers = [];
});

let server: http.Server;
let base: string;
beforeAll(async () => {
  // /slow/<ms>: the page trickled over about <ms> milliseconds.
  server = http.createServer((req, res) => {
    const ms = Number(req.url?.match(/^\/slow\/(\d+)/)?.[1] ?? 0);
    const page = Buffer.from(articleHtml(`Story ${req.url}`, 6));
    res.writeHead(200, { "content-type": "text/html", "content-length": String(page.length) });
    const steps = 20;
    const size = Math.ceil(page.length / steps);
    let i = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      res.write(page.subarray(i * size, (i + 1) * size));
      if (++i >= steps) {
        clearInterval(timer);
        res.end();
      }
    }, ms / steps);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function queueIngest(path: string) {
  const db = getDb();
  const url = `${base}${path}`;
  const { article } = await createUrlArticle(db, { url }, { allowLoopbackForTests: true });
  await enqueueOnce(ingestUrlJob, { v: 1, articleId: article.id, url });
  return article.id;
}

const articleStatus = (id: string) => getDb().article.findUniqueOrThrow({ where: { id } });

describe("graceful shutdown (SIGTERM)", () => {
  it("finishes the in-flight ingest, then exits 0", async () => {
    const id = await queueIngest("/slow/2500");
    const worker = await spawnWorker();
    workers.push(worker);
    await waitFor(async () => (await articleStatus(id)).status === "fetching", {
      what: "the fetch to start",
    });
    // Its heartbeat row says it runs; a graceful stop removes it.
    const beat = await getDb().workerHeartbeat.findFirst({ where: { pid: worker.child.pid } });
    expect(beat).toMatchObject({ searchBackend: "embedded", leaseSeconds: 2 });
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(await getDb().workerHeartbeat.count({ where: { pid: worker.child.pid } })).toBe(0);
    expect((await articleStatus(id)).status).toBe("ready");
    const text = worker.lines.join("\n");
    expect(text).toMatch(/stopping: finishing in-flight jobs/);
    expect(text).toMatch(/job article-ingest-url \S+ done in \d+ ms: ready/);
    expect(text).toMatch(/worker: stopped$/m);
  }, 60_000);

  it("hands back a job that outlasts the shutdown timeout; another worker finishes it", async () => {
    const id = await queueIngest("/slow/8000");
    const first = await spawnWorker({ env: { WORKER_SHUTDOWN_TIMEOUT_SECONDS: "1" } });
    workers.push(first);
    await waitFor(async () => (await articleStatus(id)).status === "fetching", {
      what: "the fetch to start",
    });
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect((await articleStatus(id)).status, first.lines.join("\n")).toBe("queued");
    expect(first.lines.join("\n")).toMatch(
      new RegExp(`handed back 1 article\\(s\\) still in progress: ${id}`),
    );

    const second = await spawnWorker();
    workers.push(second);
    const done = await waitFor(
      async () => {
        const a = await articleStatus(id);
        return a.status === "ready" ? a : null;
      },
      {
        timeoutMs: 40_000,
        what: () => `the handed-back article to be ingested:\n${second.lines.join("\n")}`,
      },
    );
    expect(done.progress).toBe(100);
    expect(await getDb().article.count({ where: { url: `${base}/slow/8000` } })).toBe(1);
  }, 90_000);
});

describe("the worker's /healthz and heartbeat", () => {
  it("answers /healthz, writes its heartbeat, refuses loopback URLs and indexes retried outbox events", async () => {
    const db = getDb();
    const worker = await spawnWorker({ entry: "main" });
    workers.push(worker);

    const health = await fetch(`${worker.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, db: true, queue: true });
    expect((await fetch(`${worker.url}/trpc/queues`)).status).toBe(404);
    expect(await db.workerHeartbeat.findFirst({ where: { pid: worker.child.pid } })).toMatchObject({
      searchBackend: "embedded",
    });

    // The production entry point refuses loopback: the same kind of URL the tests serve.
    const { article } = await createUrlArticle(
      db,
      { url: `${base}/slow/10` },
      { allowLoopbackForTests: true },
    );
    const boss = await startQueue(process.env.DATABASE_URL!, { supervise: false });
    await enqueue(boss, ingestUrlJob, { v: 1, articleId: article.id, url: article.url! });
    const refused = await waitFor(async () => {
      const a = await articleStatus(article.id);
      return a.status === "failed" ? a : null;
    });
    expect(refused.error).toBe("Refused: 127.0.0.1 is a loopback address");

    // Dead outbox events are listed and, once retried (as the admin page does), indexed.
    const dead = await db.outboxEvent.create({
      data: {
        entityType: "article",
        entityId: article.id,
        op: "upsert",
        attempts: 8,
        deadAt: new Date(),
        lastError: "boom",
      },
    });
    const queues = await readQueueState(db, boss);
    expect(queues.outbox.dead).toBe(1);
    expect(queues.queues.map((q) => q.name)).toContain("article-ingest-url");
    const failed = await listFailedWork(db, { kind: "outbox", limit: 25, offset: 0 });
    expect(failed.items).toEqual([
      expect.objectContaining({ kind: "outbox", id: dead.id.toString(), error: "boom" }),
    ]);
    expect(await retryDeadOutbox(db, { ids: [dead.id.toString()], actorId: null })).toEqual({
      retried: 1,
    });
    await waitFor(
      async () =>
        (await db.outboxEvent.findUniqueOrThrow({ where: { id: dead.id } })).processedAt !== null,
      {
        what: "the retried event to be indexed",
      },
    );
    expect(await db.auditEvent.count({ where: { action: "outbox.retry" } })).toBe(1);
    await expect(
      retryFailedJob(db, boss, { id: "00000000-0000-4000-8000-000000000000", actorId: null }),
    ).rejects.toThrow(/Job not found/);
    await boss.stop({ graceful: false, close: true });
  }, 60_000);
});
