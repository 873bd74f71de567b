import http from "node:http";
import type { AddressInfo } from "node:net";
import { capStatements, createTextArticle, extractInChunks } from "@claimdesk/core/articles";
import { addFeed } from "@claimdesk/core/ingest";
import { getDb } from "@claimdesk/db";
import { extractArticleJob } from "@claimdesk/jobs";
import { describe, expect, it } from "vitest";
import {
  articleHtml,
  enqueueOnce,
  expectIndexInStep,
  waitFor,
  workersKilledAfterEach,
} from "./helpers.ts";
import { largeSingleLineArticle } from "./large-article.ts";

const start = workersKilledAfterEach();

const queueExtraction = (articleId: string) => enqueueOnce(extractArticleJob, { v: 1, articleId });

const article = (id: string) => getDb().article.findUniqueOrThrow({ where: { id } });

describe("extraction in the worker", () => {
  it("killed with SIGKILL mid-extraction: no statements half-written, and on restart the article is extracted once", async () => {
    const db = getDb();
    const text = largeSingleLineArticle(300_000);
    const { article: a } = await createTextArticle(db, { body: `Bridge budget fight\n${text}` });
    const env = { EXTRACTION_CHUNK_CHARS: "10000", EXTRACTION_MAX_STATEMENTS: "5000" };
    const first = await start(env);
    await queueExtraction(a.id);
    await waitFor(async () => (await article(a.id)).progress >= 56, {
      timeoutMs: 90_000,
      what: () => `extraction to be under way; worker output:\n${first.lines.join("\n")}`,
    });
    first.child.kill("SIGKILL");
    await first.exited;
    const atKill = await article(a.id);
    expect(atKill.status).toBe("extracting");
    expect(atKill.progress).toBeLessThan(90);
    expect(await db.statement.count({ where: { articleId: a.id } })).toBe(0);

    const second = await start(env);
    const done = await waitFor(
      async () => {
        const r = await article(a.id);
        return r.status === "ready" || r.status === "failed" ? r : null;
      },
      { timeoutMs: 150_000, what: () => `the article; worker output:\n${second.lines.join("\n")}` },
    );
    expect({ status: done.status, error: done.error }).toEqual({ status: "ready", error: null });
    expect(done.progress).toBe(100);
    const statements = await db.statement.findMany({ where: { articleId: a.id } });
    const expected = capStatements(
      (await extractInChunks(a.title, a.body, undefined, { chunkChars: 10_000 })).statements,
      5000,
    ).kept;
    expect(statements.length).toBe(expected.length);
    expect(new Set(statements.map((s) => `${s.start}:${s.end}`)).size).toBe(statements.length);
    expect(statements.map((s) => `${s.start}:${s.end}`).sort()).toEqual(
      expected.map((s) => `${s.start}:${s.end}`).sort(),
    );
    await expectIndexInStep();
  }, 300_000);
});

describe("feed polling", () => {
  it("killed with SIGKILL mid-poll: on restart each item becomes one article, extracted once", async () => {
    const db = getDb();
    const slugs = ["one", "two", "three", "four"];
    let feedFetches = 0;
    let base = "";
    const rss = () =>
      Buffer.from(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Daily</title>${slugs
          .map(
            (p) => `<item><title>${p}</title><link>${base}/a/${p}</link><guid>${p}</guid></item>`,
          )
          .join("")}</channel></rss>`,
      );
    const server = http.createServer((req, res) => {
      if (req.url === "/feed.xml") {
        feedFetches++;
        const body = rss();
        res.writeHead(200, {
          "content-type": "application/rss+xml",
          "content-length": String(body.length),
        });
        // The first poll trickles (about 6 s) so the worker can be killed inside it.
        if (feedFetches > 1) return res.end(body);
        let offset = 0;
        const timer = setInterval(
          () => {
            if (res.destroyed) return clearInterval(timer);
            res.write(body.subarray(offset, offset + 20));
            offset += 20;
            if (offset >= body.length) {
              clearInterval(timer);
              res.end();
            }
          },
          Math.ceil(6000 / Math.ceil(body.length / 20)),
        );
        return;
      }
      if (req.url?.startsWith("/a/")) {
        res.writeHead(200, { "content-type": "text/html" });
        return res.end(articleHtml(`Story ${req.url.slice(3)}`, 3));
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await addFeed(db, { url: `${base}/feed.xml` }, { allowLoopbackForTests: true });
      const first = await start(); // polls at start
      await waitFor(() => feedFetches >= 1, { timeoutMs: 30_000, what: "the first poll" });
      await new Promise((r) => setTimeout(r, 500));
      first.child.kill("SIGKILL");
      await first.exited;
      expect(await db.feedItem.count()).toBe(0);

      const second = await start();
      const articles = await waitFor(
        async () => {
          const rows = await db.article.findMany({ where: { source: "feed" } });
          return rows.length === slugs.length && rows.every((r) => r.status === "ready")
            ? rows
            : null;
        },
        {
          timeoutMs: 120_000,
          what: () => `four ready articles; worker output:\n${second.lines.join("\n")}`,
        },
      );
      expect(feedFetches).toBeGreaterThanOrEqual(2);
      expect(new Set(articles.map((a) => a.url)).size).toBe(slugs.length);
      expect(await db.feedItem.count()).toBe(slugs.length);
      for (const a of articles) {
        const statements = await db.statement.findMany({ where: { articleId: a.id } });
        expect(statements.length).toBeGreaterThanOrEqual(3);
        expect(new Set(statements.map((s) => `${s.start}:${s.end}`)).size).toBe(statements.length);
      }
      await expectIndexInStep();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 240_000);
});
