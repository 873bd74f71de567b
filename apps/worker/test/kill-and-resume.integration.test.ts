import http from "node:http";
import type { AddressInfo } from "node:net";
import { createUrlArticle } from "@claimdesk/core/ingest";
import { getDb } from "@claimdesk/db";
import { ingestUrlJob, startQueue } from "@claimdesk/jobs";
import { listRunningWork, startReindex } from "@claimdesk/jobs/operations";
import { createSearchBackend } from "@claimdesk/search";
import { describe, expect, it } from "vitest";
import {
  articleHtml,
  enqueueOnce,
  expectIndexInStep,
  waitFor,
  workersKilledAfterEach,
} from "./helpers.ts";

const start = workersKilledAfterEach();

describe("a worker killed with SIGKILL mid-way", () => {
  it("resumes a reindex on restart: nothing lost, nothing duplicated, verify-index clean", async () => {
    const db = getDb();
    const total = 4000;
    await db.claim.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        text: `Claim number ${i}: the city spent ${i} million dollars on roads in 2023.`,
        fingerprint: `fp-${i}`,
      })),
    });
    const first = await start({ REINDEX_BATCH_SIZE: "40" });
    // As the admin page starts it: a run and its job, for a worker to take.
    const boss = await startQueue(process.env.DATABASE_URL!, { supervise: false });
    const { runId, alreadyRunning } = await startReindex(db, boss, {
      backendKind: "embedded",
      actorId: null,
    });
    await boss.stop({ graceful: false, close: true });
    expect(alreadyRunning).toBe(false);

    // Wait until the run is well under way (progress is recorded per batch), then kill.
    await waitFor(
      async () => {
        const run = await db.reindexRun.findUniqueOrThrow({ where: { id: runId } });
        return run.done >= 400;
      },
      { timeoutMs: 60_000, what: "reindex progress" },
    );
    const running = await listRunningWork(db, { leaseMs: 2000 });
    expect(running.reindexRuns.find((r) => r.id === runId)?.status).toBe("running");
    first.child.kill("SIGKILL");
    await first.exited;
    const atKill = await db.reindexRun.findUniqueOrThrow({ where: { id: runId } });
    expect(atKill.status).toBe("running");
    expect(atKill.done).toBeLessThan(atKill.total);

    const second = await start({ REINDEX_BATCH_SIZE: "500" });
    const run = await waitFor(
      async () => {
        const r = await db.reindexRun.findUniqueOrThrow({ where: { id: runId } });
        return r.status === "completed" ? r : null;
      },
      {
        timeoutMs: 90_000,
        what: () => `the reindex to complete; worker output:\n${second.lines.join("\n")}`,
      },
    );
    // The log line follows the database update.
    await waitFor(
      () => second.lines.some((l) => l.includes(`run ${runId} resumed and completed`)),
      {
        timeoutMs: 5000,
        what: () => `the resume log line in:\n${second.lines.join("\n")}`,
      },
    );
    expect(run.done).toBeGreaterThanOrEqual(total);
    expect(await db.reindexRun.count()).toBe(1);

    const backend = createSearchBackend({ DATABASE_URL: process.env.DATABASE_URL });
    try {
      expect(await backend.countDocuments("claims")).toBe(total);
    } finally {
      await backend.close();
    }
    await expectIndexInStep();
  }, 180_000);

  it("resumes a URL ingest on restart: one article, its statements once, verify-index clean", async () => {
    const db = getDb();
    const page = Buffer.from(articleHtml("Bridge budget fight", 8));
    let fetches = 0;
    // Trickles the page: 40 chunks, 150 ms apart (about 6 s), with a Content-Length so the
    // article's progress moves.
    const server = http.createServer((_req, res) => {
      fetches++;
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-length": String(page.length),
      });
      const size = Math.ceil(page.length / 40);
      let offset = 0;
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        res.write(page.subarray(offset, offset + size));
        offset += size;
        if (offset >= page.length) {
          clearInterval(timer);
          res.end();
        }
      }, 150);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bridge`;
    try {
      const { article } = await createUrlArticle(db, { url }, { allowLoopbackForTests: true });
      await enqueueOnce(ingestUrlJob, { v: 1, articleId: article.id, url });

      const first = await start();
      await waitFor(
        async () => {
          const a = await db.article.findUniqueOrThrow({ where: { id: article.id } });
          return a.status === "fetching" && a.progress >= 15;
        },
        { timeoutMs: 30_000, what: "the fetch to be under way" },
      );
      first.child.kill("SIGKILL");
      await first.exited;
      expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
        "fetching",
      );

      const second = await start();
      const done = await waitFor(
        async () => {
          const a = await db.article.findUniqueOrThrow({ where: { id: article.id } });
          return a.status === "ready" || a.status === "failed" ? a : null;
        },
        {
          timeoutMs: 60_000,
          what: () => `the article to be ready; worker output:\n${second.lines.join("\n")}`,
        },
      );
      expect(done.status).toBe("ready");
      expect(done.error).toBeNull();
      expect(done.progress).toBe(100);
      await waitFor(
        () => second.lines.some((l) => l.includes(`job article-ingest-url`) && l.includes("done")),
        {
          timeoutMs: 5000,
          what: () => `the ingest log line in:\n${second.lines.join("\n")}`,
        },
      );
      expect(fetches).toBe(2); // the cut fetch, and the one that finished

      expect(await db.article.count({ where: { url } })).toBe(1);
      const statements = await db.statement.findMany({ where: { articleId: article.id } });
      expect(statements.length).toBeGreaterThanOrEqual(8);
      expect(new Set(statements.map((s) => `${s.start}:${s.end}`)).size).toBe(statements.length);
      await expectIndexInStep();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 180_000);
});
