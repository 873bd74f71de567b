import { getDb } from "@claimdesk/db";
import { createSearchBackend, loadDocuments } from "@claimdesk/search";
import { afterAll, describe, expect, it } from "vitest";
import { anonymousCaller, signedInCaller, testServices } from "../claim/test-helpers.ts";

/**
 * search.query on the embedded backend (memory engine): the hit shape the web app renders, the
 * other wordings folded into a hit, the result cache and its index-version key.
 */
describe("search.query", () => {
  const writer = createSearchBackend(process.env); // a second backend, like the worker's
  afterAll(async () => {
    await writer.close();
  });

  async function statement(text: string, fingerprint: string, title: string) {
    const db = getDb();
    const body = `Reporters heard it: "${text}" on Monday.`;
    const article = await db.article.create({ data: { title, body, status: "ready" } });
    const start = body.indexOf(text);
    return db.statement.create({
      data: {
        articleId: article.id,
        kind: "direct_quote",
        text,
        start,
        end: start + text.length,
        fingerprint,
      },
    });
  }

  async function index(ids: string[]) {
    await writer.ensureIndexes();
    await writer.upsertDocuments("statements", await loadDocuments(getDb(), "statements", ids));
  }

  it("refuses anonymous callers", async () => {
    const caller = await anonymousCaller();
    await expect(caller.search.query({ q: "anything" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("finds a statement, folds its other wordings into the hit, and caches by index version", async () => {
    const a = await statement(
      "The lighthouse budget tripled in two years",
      "fp-lighthouse",
      "Coast weekly",
    );
    const b = await statement(
      "the lighthouse budget tripled in two years!",
      "fp-lighthouse",
      "Harbour daily",
    );
    await index([a.id, b.id]);
    const { caller } = await signedInCaller("reviewer");

    const first = await caller.search.query({ q: "lighthouse budget" });
    expect(first.cached).toBe(false);
    expect(first.hits).toHaveLength(1); // one fingerprint, one hit
    const hit = first.hits[0]!;
    expect(hit.highlight).toContain("<mark>lighthouse</mark>");
    const other = hit.id === a.id ? b : a;
    expect(hit.variants).toEqual([
      expect.objectContaining({ statementId: other.id, text: other.text }),
    ]);
    expect(hit.variants[0]?.articleTitle).toBe(
      other.id === a.id ? "Coast weekly" : "Harbour daily",
    );
    expect(first.facets.kind).toEqual({ direct_quote: 1 });

    const again = await caller.search.query({ q: "  Lighthouse   BUDGET " });
    expect(again.cached).toBe(true);
    expect(again.hits.map((h) => h.id)).toEqual(first.hits.map((h) => h.id));

    // A write through another backend moves the index version: the next search is fresh.
    const c = await statement("Lighthouse keepers earn less than before", "fp-keepers", "Bay post");
    await index([c.id]);
    const fresh = await caller.search.query({ q: "lighthouse budget" });
    expect(fresh.cached).toBe(false);
    const keepers = await caller.search.query({ q: "lighthouse keepers" });
    expect(keepers.hits.map((h) => h.id)).toEqual([c.id]);
    expect(keepers.hits[0]?.variants).toEqual([]);
  });

  it("answers an empty result with no hits and one page", async () => {
    const { caller } = await signedInCaller("reviewer");
    const result = await caller.search.query({ q: "zzyzx quokka" });
    expect(result).toMatchObject({ totalHits: 0, hits: [], page: 1, pageCount: 1 });
    expect(testServices().search.kind).toBe("embedded");
  });

  it("lists a claim once with its appearances, and counts each facet disjunctively", async () => {
    const db = getDb();
    const said = await statement(
      "The ferry fare doubled since the spring",
      "fp-ferry",
      "Island news",
    );
    const claim = await db.claim.create({
      data: { text: "The ferry fare doubled since the spring", fingerprint: "fp-ferry" },
    });
    await db.statement.update({ where: { id: said.id }, data: { claimId: claim.id } });
    const unclaimed = await statement("Ferry crews worked through the storm", "fp-crews", "Quay");
    await writer.ensureIndexes();
    await writer.upsertDocuments(
      "statements",
      await loadDocuments(db, "statements", [said.id, unclaimed.id]),
    );
    await writer.upsertDocuments("claims", await loadDocuments(db, "claims", [claim.id]));
    const { caller } = await signedInCaller("reviewer");

    const all = await caller.search.query({ q: "ferry" });
    // The claim's own statement is not listed again: the claim carries it as an appearance.
    expect(all.hits.map((h) => [h.type, h.id]).sort()).toEqual(
      [
        ["claim", claim.id],
        ["statement", unclaimed.id],
      ].sort(),
    );
    const claimHit = all.hits.find((h) => h.type === "claim")!;
    expect(claimHit.appearanceCount).toBe(1);
    expect(claimHit.appearances).toEqual([
      expect.objectContaining({ statementId: said.id, articleTitle: "Island news" }),
    ]);
    expect(all.facets.type).toEqual({ claim: 1, statement: 2 });
    expect(all.totalHits).toBe(2); // what the page lists

    // Ticking "Claim" narrows the hits but keeps the other kind's count beside it.
    const claimsOnly = await caller.search.query({ q: "ferry", type: ["claim"] });
    expect(claimsOnly.hits.map((h) => h.id)).toEqual([claim.id]);
    expect(claimsOnly.facets.type).toEqual({ claim: 1, statement: 2 });
    // Other facets are still counted over the narrowed results.
    expect(claimsOnly.facets.kind ?? {}).toEqual({});
  });
});
