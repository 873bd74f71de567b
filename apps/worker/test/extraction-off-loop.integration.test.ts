import { createTextArticle } from "@claimdesk/core/articles";
import { getDb } from "@claimdesk/db";
import { extractArticleJob } from "@claimdesk/jobs";
import { describe, expect, it } from "vitest";
import { enqueueOnce, waitFor, workersKilledAfterEach } from "./helpers.ts";
import { largeSingleLineArticle } from "./large-article.ts";

const start = workersKilledAfterEach();

const queueExtraction = (articleId: string) => enqueueOnce(extractArticleJob, { v: 1, articleId });

const article = (id: string) => getDb().article.findUniqueOrThrow({ where: { id } });

describe("extraction off the event loop", () => {
  it("answers /healthz while a 1.95 M-character single-line article extracts", async () => {
    const db = getDb();
    const { article: a } = await createTextArticle(db, {
      body: `One very long line\n${largeSingleLineArticle(1_950_000)}`,
    });
    // One piece: the whole article in one extractor call, the worst case for an event loop.
    const worker = await start({ EXTRACTION_CHUNK_CHARS: "2000000", EXTRACTION_THREADS: "1" });
    await queueExtraction(a.id);
    // Progress 51 is written just before the extractor is called, 90 just after it returns.
    await waitFor(async () => (await article(a.id)).progress >= 51, {
      timeoutMs: 60_000,
      what: () => `extraction to start; worker output:\n${worker.lines.join("\n")}`,
    });
    const health = await fetch(`${worker.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });
    // The answer came while the extractor was still running.
    const during = await article(a.id);
    expect({ status: during.status, extractorDone: during.progress >= 90 }).toEqual({
      status: "extracting",
      extractorDone: false,
    });

    const done = await waitFor(
      async () => {
        const r = await article(a.id);
        return r.status === "ready" || r.status === "failed" ? r : null;
      },
      { timeoutMs: 240_000, what: () => `the article; worker output:\n${worker.lines.join("\n")}` },
    );
    expect(done.status).toBe("ready");
    expect(await db.statement.count({ where: { articleId: a.id } })).toBe(2000);
    expect(done.extractionNote).toMatch(/kept 2,000 of its \d{1,3},\d{3} statements/);
  }, 300_000);
});
