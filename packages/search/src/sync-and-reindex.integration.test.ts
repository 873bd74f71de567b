import { type Db, getDb } from "@claimdesk/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EmbeddedSearchBackend } from "./embedded/embedded-backend.ts";
import { reindexAll } from "./reindex-all.ts";
import { syncOutbox } from "./sync-outbox.ts";
import { makeDocument } from "./testing/fixtures.ts";
import type { SearchBackend, SearchDocument } from "./types.ts";
import { verifyIndex } from "./verify-index.ts";

let db: Db;
let backend: EmbeddedSearchBackend;
let seq = 0;

async function createFixture(text: string, verdict = "False") {
  seq += 1;
  const scale = await db.ratingScale.upsert({
    where: { slug: "test-scale" },
    update: {},
    create: {
      name: "Test scale",
      slug: "test-scale",
      bestRating: 2,
      worstRating: 1,
      labels: {
        create: [
          { name: "False", slug: "false", ratingValue: 1, position: 0 },
          { name: "True", slug: "true", ratingValue: 2, position: 1 },
        ],
      },
    },
    include: { labels: true },
  });
  const label = scale.labels.find((l) => l.name === verdict)!;
  const speaker = await db.speaker.create({
    data: { name: `Speaker ${seq}`, slug: `speaker-${seq}-${Date.now()}` },
  });
  const claim = await db.claim.create({
    data: {
      text,
      fingerprint: `fp-${seq}`,
      status: "rated",
      speakerId: speaker.id,
      ratings: { create: { labelId: label.id, rationale: "test", status: "approved" } },
    },
  });
  const article = await db.article.create({
    data: { title: `Article ${seq}`, body: `Someone said: ${text}`, status: "ready" },
  });
  const statement = await db.statement.create({
    data: {
      articleId: article.id,
      speakerId: speaker.id,
      kind: "direct_quote",
      text,
      start: 0,
      end: text.length,
      fingerprint: `fp-${seq}`,
      claimId: claim.id,
    },
  });
  return { claim, article, statement, speaker, scale };
}

/** A backend that fails on demand, counting what reaches the real one. */
class FlakyBackend {
  failUpserts = false;
  failWritesAfter = Number.POSITIVE_INFINITY;
  upserted: string[] = [];
  writes = 0;
  delayMs = 0;
  constructor(readonly inner: SearchBackend) {}
  wrap(): SearchBackend {
    return new Proxy(this.inner, {
      get: (target, prop, receiver) => {
        if (prop === "upsertDocuments") {
          return async (index: never, docs: SearchDocument[]) => {
            if (this.failUpserts) throw new Error("index unavailable");
            if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
            this.upserted.push(...docs.map((d) => `${index}:${d.id}`));
            return target.upsertDocuments(index, docs);
          };
        }
        if (prop === "writeReindexBatch") {
          return async (uid: string, docs: SearchDocument[]) => {
            this.writes += 1;
            if (this.writes > this.failWritesAfter) throw new Error("killed mid-run");
            return target.writeReindexBatch(uid, docs);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }
}

beforeAll(async () => {
  db = getDb();
  backend = new EmbeddedSearchBackend(process.env.DATABASE_URL!);
  await backend.ensureIndexes();
});

afterAll(async () => {
  await backend.close();
});

beforeEach(async () => {
  await db.outboxEvent.deleteMany();
});

describe("syncOutbox", () => {
  it("indexes upserted claims and statements and marks the events processed", async () => {
    const { claim, statement } = await createFixture(
      "Wind turbines cause ninety percent of bird deaths.",
    );
    await db.outboxEvent.createMany({
      data: [
        { entityType: "claim", entityId: claim.id, op: "upsert" },
        { entityType: "statement", entityId: statement.id, op: "upsert" },
      ],
    });
    const result = await syncOutbox(db, backend, { batchSize: 10 });
    expect(result).toEqual({ processed: 2, failed: 0, dead: 0 });
    const found = await backend.search({ q: "wind turbines bird deaths", indexes: ["claims"] });
    expect(found.hits.map((h) => [h.id, h.verdict, h.status])).toEqual([
      [claim.id, "False", "rated"],
    ]);
    const pending = await db.outboxEvent.count({ where: { processedAt: null } });
    expect(pending).toBe(0);
    expect(await syncOutbox(db, backend)).toEqual({ processed: 0, failed: 0, dead: 0 });
  });

  it("re-indexes a claim's statements when the claim changes, and deletes on delete", async () => {
    const { claim, statement, scale } = await createFixture(
      "Solar panels pay for themselves in two years.",
    );
    await db.outboxEvent.create({
      data: { entityType: "statement", entityId: statement.id, op: "upsert" },
    });
    await syncOutbox(db, backend);
    const trueLabel = scale.labels.find((l) => l.name === "True")!;
    await db.rating.create({
      data: { claimId: claim.id, labelId: trueLabel.id, rationale: "newer", status: "approved" },
    });
    await db.outboxEvent.create({
      data: { entityType: "claim", entityId: claim.id, op: "upsert" },
    });
    await syncOutbox(db, backend);
    const [doc] = await backend.getDocuments("statements", [statement.id]);
    expect(doc?.verdict).toBe("True");

    await db.statement.delete({ where: { id: statement.id } });
    await db.outboxEvent.create({
      data: { entityType: "statement", entityId: statement.id, op: "delete" },
    });
    await syncOutbox(db, backend);
    expect(await backend.getDocuments("statements", [statement.id])).toEqual([]);
  });

  it("lists a retracted fact-check as retracted, not as a standing published one", async () => {
    const { claim, statement } = await createFixture("Tap water contains forty new chemicals.");
    await db.claim.update({
      where: { id: claim.id },
      data: { status: "published", retractedAt: new Date(), retractionNote: "Wrong study." },
    });
    await db.outboxEvent.create({
      data: { entityType: "claim", entityId: claim.id, op: "upsert" },
    });
    await syncOutbox(db, backend);
    const [claimDoc] = await backend.getDocuments("claims", [claim.id]);
    const [statementDoc] = await backend.getDocuments("statements", [statement.id]);
    expect([claimDoc?.status, statementDoc?.status]).toEqual(["retracted", "retracted"]);
  });

  it("backs off on failure and gives up after 8 attempts", async () => {
    const { claim } = await createFixture("Ferry tickets cost more than airline tickets.");
    const flaky = new FlakyBackend(backend);
    flaky.failUpserts = true;
    const event = await db.outboxEvent.create({
      data: { entityType: "claim", entityId: claim.id, op: "upsert" },
    });
    expect(await syncOutbox(db, flaky.wrap())).toEqual({ processed: 0, failed: 1, dead: 0 });
    let row = await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBe("index unavailable");
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
    expect(row.processedAt).toBeNull();
    // not due yet: nothing happens
    expect(await syncOutbox(db, flaky.wrap())).toEqual({ processed: 0, failed: 0, dead: 0 });

    await db.outboxEvent.update({
      where: { id: event.id },
      data: { attempts: 7, availableAt: new Date(Date.now() - 1000) },
    });
    expect(await syncOutbox(db, flaky.wrap())).toEqual({ processed: 0, failed: 0, dead: 1 });
    row = await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.attempts).toBe(8);
    expect(row.deadAt).not.toBeNull();
  });

  it("never hands one event to two concurrent workers", async () => {
    const fixtures = [];
    for (let i = 0; i < 6; i++) fixtures.push(await createFixture(`Concurrent claim number ${i}`));
    await db.outboxEvent.createMany({
      data: fixtures.map((f) => ({ entityType: "claim", entityId: f.claim.id, op: "upsert" })),
    });
    const flaky = new FlakyBackend(backend);
    flaky.delayMs = 300;
    const results = await Promise.all([
      syncOutbox(db, flaky.wrap(), { batchSize: 3 }),
      syncOutbox(db, flaky.wrap(), { batchSize: 3 }),
      syncOutbox(db, flaky.wrap(), { batchSize: 3 }),
    ]);
    const processed = results.reduce((n, r) => n + r.processed, 0);
    expect(processed).toBe(6);
    const claimUpserts = flaky.upserted.filter((u) => u.startsWith("claims:")).sort();
    expect(claimUpserts).toEqual(fixtures.map((f) => `claims:${f.claim.id}`).sort());
  });
});

describe("reindexAll and verifyIndex", () => {
  it("rebuilds every index, swaps it in and verifies clean", async () => {
    await createFixture("Library hours were cut by half last winter.");
    const stray = makeDocument({ id: "not-in-db", type: "claim", text: "A stray document" });
    await backend.upsertDocuments("claims", [stray]);
    const progress: number[] = [];
    const result = await reindexAll(db, backend, {
      batchSize: 2,
      onProgress: (p) => progress.push(p.done),
    });
    expect(result.counts.claims).toBe(await db.claim.count());
    expect(result.counts.statements).toBe(await db.statement.count());
    expect(result.counts.articles).toBe(await db.article.count());
    expect(progress.length).toBeGreaterThan(3);
    const run = await db.reindexRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run.status).toBe("completed");
    expect(await backend.getDocuments("claims", ["not-in-db"])).toEqual([]);
    const found = await backend.search({ q: "library hours winter", indexes: ["claims"] });
    expect(found.hits).toHaveLength(1);
    const verification = await verifyIndex(db, backend);
    expect(verification.ok).toBe(true);
  });

  it("resumes an interrupted run from its cursor", async () => {
    for (let i = 0; i < 4; i++) await createFixture(`Resumable claim ${i} about parking meters`);
    const total =
      (await db.claim.count()) + (await db.statement.count()) + (await db.article.count());
    const flaky = new FlakyBackend(backend);
    flaky.failWritesAfter = 3;
    await expect(reindexAll(db, flaky.wrap(), { batchSize: 2 })).rejects.toThrow("killed mid-run");
    const failed = await db.reindexRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
    expect(failed.status).toBe("failed");
    expect(failed.done).toBe(6);

    const again = new FlakyBackend(backend);
    const result = await reindexAll(db, again.wrap(), { batchSize: 2, runId: failed.id });
    expect(result.runId).toBe(failed.id);
    expect(result.resumed).toBe(true);
    // only the remaining batches were written
    expect(again.writes).toBeLessThan(Math.ceil(total / 2));
    expect((await verifyIndex(db, backend)).ok).toBe(true);
  });

  it("reports missing, stale and orphaned documents", async () => {
    const a = await createFixture("Bus fares doubled in ten years.");
    const b = await createFixture("Tram lines carry a million riders a week.");
    await reindexAll(db, backend);
    await backend.deleteDocuments("claims", [a.claim.id]);
    await db.claim.update({
      where: { id: b.claim.id },
      data: { text: "Tram lines carry two million riders." },
    });
    await backend.upsertDocuments("claims", [
      makeDocument({ id: "ghost", type: "claim", text: "ghost" }),
    ]);
    const result = await verifyIndex(db, backend, { indexes: ["claims"] });
    expect(result.ok).toBe(false);
    expect(result.claims.missing).toEqual([a.claim.id]);
    expect(result.claims.stale).toEqual([b.claim.id]);
    expect(result.claims.orphaned).toEqual(["ghost"]);
  });
});
