import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchBackend } from "../types.ts";
import { ARTICLE_DOCS, CLAIM_DOCS, makeDocument, STATEMENT_DOCS } from "./fixtures.ts";

/**
 * The behaviour every search backend must have. Registers vitest tests; call it from a test file
 * with a factory that returns a backend on empty indexes (embedded.integration.test.ts,
 * meilisearch.integration.test.ts).
 */
export function registerBackendConformance(
  name: string,
  createBackend: () => Promise<SearchBackend>,
): void {
  describe(`search backend conformance: ${name}`, () => {
    let backend: SearchBackend;

    beforeAll(async () => {
      backend = await createBackend();
      await backend.ensureIndexes();
      await backend.upsertDocuments("claims", CLAIM_DOCS);
      await backend.upsertDocuments("statements", STATEMENT_DOCS);
      await backend.upsertDocuments("articles", ARTICLE_DOCS);
    });

    afterAll(async () => {
      await backend?.close();
    });

    it("finds a document by its words and returns the documented hit shape", async () => {
      const result = await backend.search({ q: "immigration taxpayers", limit: 5 });
      expect(result.totalHits).toBeGreaterThanOrEqual(1);
      expect(typeof result.processingTimeMs).toBe("number");
      const hit = result.hits[0]!;
      expect(hit).toMatchObject({
        type: "claim",
        id: "claim-immigration",
        externalId: "101.json",
        speaker: "Dana Whitfield",
        verdict: "False",
        status: "published",
      });
      expect(hit.text).toBe(CLAIM_DOCS[0]!.text);
      expect(hit.tags).toEqual(["immigration", "budget"]);
    });

    it("does not match documents that lack the words", async () => {
      const result = await backend.search({ q: "vaccination clinics" });
      expect(result.hits.map((h) => h.id)).toEqual(["claim-vaccines"]);
    });

    it("tolerates typos", async () => {
      const result = await backend.search({ q: "imigration taxpayrs billion", limit: 3 });
      expect(result.hits[0]?.id).toBe("claim-immigration");
    });

    it("matches the last word as a prefix", async () => {
      const result = await backend.search({ q: "harbor bri", indexes: ["claims"] });
      expect(result.hits.map((h) => h.id)).toContain("claim-bridge");
    });

    it("highlights matched words in the text and crops article bodies", async () => {
      const result = await backend.search({ q: "corrosion", indexes: ["articles"] });
      expect(result.hits[0]?.id).toBe("article-harbor");
      expect(result.hits[0]?.highlight.body).toContain("<mark>corrosion</mark>");
      const claim = await backend.search({ q: "harbor bridge", indexes: ["claims"] });
      expect(claim.hits[0]?.highlight.text).toMatch(/<mark>harbor<\/mark>/i);
    });

    it("filters by speaker, verdict, status and type", async () => {
      const bySpeaker = await backend.search({ q: "", filters: { speaker: ["Dana Whitfield"] } });
      expect(new Set(bySpeaker.hits.map((h) => h.speaker))).toEqual(new Set(["Dana Whitfield"]));
      expect(bySpeaker.hits.length).toBeGreaterThanOrEqual(2);

      const byVerdict = await backend.search({
        q: "",
        filters: { verdict: ["False", "Half True"], type: ["claim"] },
      });
      expect(byVerdict.hits.map((h) => h.id).sort()).toEqual(["claim-bridge", "claim-immigration"]);

      const byStatus = await backend.search({
        q: "",
        filters: { status: ["new"], type: ["claim"] },
      });
      expect(byStatus.hits.map((h) => h.id)).toEqual(["claim-jobs"]);
    });

    it("filters statements by outlet and kind", async () => {
      const result = await backend.search({
        q: "",
        filters: { outlet: ["Valley Times"], kind: ["direct_quote"] },
      });
      expect(result.hits.map((h) => h.id)).toEqual(["stmt-budget"]);
    });

    it("filters by a date range", async () => {
      const result = await backend.search({
        q: "",
        indexes: ["claims"],
        filters: { dateFrom: "2019-01-01T00:00:00Z", dateTo: "2020-12-31T23:59:59Z" },
      });
      expect(result.hits.map((h) => h.id).sort()).toEqual(["claim-bridge", "claim-jobs"]);
    });

    it("counts facets over all matching documents", async () => {
      const result = await backend.search({
        q: "",
        indexes: ["claims"],
        facets: ["speaker", "verdict", "status"],
        limit: 1,
      });
      expect(result.totalHits).toBe(4);
      expect(result.hits).toHaveLength(1);
      expect(result.facets.speaker).toEqual({
        "Dana Whitfield": 2,
        "Marco Alvarez": 1,
        "Priya Natarajan": 1,
      });
      expect(result.facets.status).toEqual({ published: 2, rated: 1, new: 1 });
    });

    it("filters by tags (any of them) and counts each tag of the matching documents", async () => {
      const result = await backend.search({
        q: "",
        indexes: ["claims"],
        filters: { tags: ["budget", "health"] },
        facets: ["tags"],
      });
      expect(result.hits.map((h) => h.id).sort()).toEqual(["claim-immigration", "claim-vaccines"]);
      expect(result.facets.tags).toEqual({ budget: 1, health: 1, immigration: 1 });
      const all = await backend.search({ q: "", indexes: ["claims"], facets: ["tags"], limit: 1 });
      expect(all.facets.tags).toMatchObject({ economy: 1, jobs: 1, transportation: 1 });
    });

    it("sorts by date and checkworthiness", async () => {
      const asc = await backend.search({
        q: "",
        indexes: ["claims"],
        sort: [{ field: "date", direction: "asc" }],
      });
      expect(asc.hits.map((h) => h.id)).toEqual([
        "claim-immigration",
        "claim-bridge",
        "claim-jobs",
        "claim-vaccines",
      ]);
      const worthy = await backend.search({
        q: "",
        indexes: ["claims"],
        sort: [{ field: "checkworthiness", direction: "desc" }],
      });
      expect(worthy.hits[0]?.id).toBe("claim-immigration");
      expect(worthy.hits.at(-1)?.id).toBe("claim-vaccines");
    });

    it("paginates with limit and offset", async () => {
      const sort = [{ field: "date" as const, direction: "asc" as const }];
      const first = await backend.search({ q: "", indexes: ["claims"], sort, limit: 2 });
      const second = await backend.search({
        q: "",
        indexes: ["claims"],
        sort,
        limit: 2,
        offset: 2,
      });
      expect(first.totalHits).toBe(4);
      expect(second.totalHits).toBe(4);
      expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual([
        "claim-immigration",
        "claim-bridge",
        "claim-jobs",
        "claim-vaccines",
      ]);
    });

    it("collapses statements of one claim into one hit", async () => {
      const result = await backend.search({ q: "manufacturing jobs", indexes: ["statements"] });
      expect(result.hits).toHaveLength(1);
      expect(result.hits[0]?.claimId).toBe("claim-jobs");
    });

    it("updates documents in place and deletes them", async () => {
      const doc = makeDocument({
        id: "claim-temp",
        type: "claim",
        text: "Zeppelin tourism quadrupled along the northern coast.",
        verdict: "False",
      });
      await backend.upsertDocuments("claims", [doc]);
      await backend.upsertDocuments("claims", [{ ...doc, verdict: "True" }]);
      const found = await backend.search({ q: "zeppelin tourism" });
      expect(found.hits.map((h) => [h.id, h.verdict])).toEqual([["claim-temp", "True"]]);
      expect(await backend.countDocuments("claims")).toBe(5);
      await backend.deleteDocuments("claims", ["claim-temp"]);
      expect((await backend.search({ q: "zeppelin tourism" })).hits).toEqual([]);
      expect(await backend.countDocuments("claims")).toBe(4);
    });

    it("returns stored documents and their versions", async () => {
      const docs = await backend.getDocuments("claims", ["claim-jobs", "claim-missing"]);
      expect(docs.map((d) => d.id)).toEqual(["claim-jobs"]);
      expect(docs[0]?.version).toBe(CLAIM_DOCS[3]!.version);
      const versions = await backend.listDocumentVersions("claims", { offset: 0, limit: 100 });
      expect(versions.map((v) => v.id).sort()).toEqual(CLAIM_DOCS.map((d) => d.id).sort());
    });

    it("rebuilds an index into a fresh target and swaps it in", async () => {
      const target = await backend.prepareReindexTarget("articles", "conformance1");
      const fresh = makeDocument({
        id: "article-new",
        type: "article",
        text: "Lighthouse keepers return to the island",
        outlet: "Harbor Gazette",
      });
      await backend.writeReindexBatch(target, [fresh]);
      expect(await backend.countTargetDocuments(target)).toBe(1);
      // the live index still serves the old documents until the swap
      expect((await backend.search({ q: "corrosion", indexes: ["articles"] })).hits).toHaveLength(
        1,
      );
      await backend.swapReindexTarget("articles", target);
      expect((await backend.search({ q: "corrosion", indexes: ["articles"] })).hits).toHaveLength(
        0,
      );
      const after = await backend.search({ q: "lighthouse keepers", indexes: ["articles"] });
      expect(after.hits.map((h) => h.id)).toEqual(["article-new"]);
      expect(await backend.countDocuments("articles")).toBe(1);
      // writes after the swap reach the new index
      await backend.upsertDocuments("articles", ARTICLE_DOCS);
      expect(await backend.countDocuments("articles")).toBe(2);
    });
  });
}
