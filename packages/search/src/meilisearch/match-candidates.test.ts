// Matching through Meilisearch at the HTTP boundary: the real `meilisearch` client against a
// small node:http server answering with the documented shapes (enqueued task, GET /tasks/:uid,
// POST /indexes/:uid/search); the tests assert on what was sent: the embedder and stop words in
// the claims index's settings, `matchingStrategy: "frequency"` and `hybrid` in the search.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readSearchEnv } from "../env.ts";
import { matchClaims } from "../match-claims.ts";
import { STOP_WORDS } from "../matching/analyze-text.ts";
import { ClaimMatcher } from "../matching/claim-matcher.ts";
import { CLAIM_DOCUMENT_TEMPLATE, EMBEDDER_NAME } from "./index-settings.ts";
import { MeilisearchMatchCandidates } from "./match-candidates.ts";
import { MeilisearchBackend } from "./meilisearch-backend.ts";

interface Recorded {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
}

const requests: Recorded[] = [];
let searchHits: { id: string }[] = [];
let failSearch = false;
let server: Server;
let url = "";
let nextTask = 1;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      requests.push({ method: req.method ?? "GET", path, body });
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      const now = new Date().toISOString();
      if (req.method === "GET" && path.startsWith("/tasks/"))
        return send(200, {
          uid: Number(path.split("/")[2]),
          batchUid: 1,
          indexUid: "claims",
          status: "succeeded",
          type: "settingsUpdate",
          canceledBy: null,
          details: {},
          error: null,
          duration: "PT0.001S",
          enqueuedAt: now,
          startedAt: now,
          finishedAt: now,
        });
      if (req.method === "POST" && path.endsWith("/search")) {
        if (failSearch)
          return send(503, { message: "unavailable", code: "internal", type: "internal" });
        return send(200, {
          hits: searchHits,
          query: body?.q,
          processingTimeMs: 1,
          limit: body?.limit,
          offset: 0,
          estimatedTotalHits: searchHits.length,
          ...(body?.hybrid ? { semanticHitCount: searchHits.length } : {}),
        });
      }
      // index creation, settings updates: enqueued tasks
      return send(202, {
        taskUid: nextTask++,
        indexUid: path.split("/")[2] ?? null,
        status: "enqueued",
        type: req.method === "PATCH" ? "settingsUpdate" : "indexCreation",
        enqueuedAt: now,
      });
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});
beforeEach(() => {
  requests.length = 0;
  searchHits = [];
  failSearch = false;
});

const settingsOf = (index: string) =>
  requests.find((r) => r.method === "PATCH" && r.path === `/indexes/${index}/settings`)?.body;

const ollama = {
  source: "ollama",
  url: "http://ollama:11434/api/embed",
  model: "nomic-embed-text",
};

describe("Meilisearch settings for matching", () => {
  it("sets the configured embedder on the claims index only, and stop words everywhere", async () => {
    const backend = new MeilisearchBackend({
      host: url,
      apiKey: "k",
      embedder: ollama as never,
      taskIntervalMs: 5,
    });
    await backend.ensureIndexes();
    expect(settingsOf("claims")?.embedders).toEqual({
      [EMBEDDER_NAME]: { documentTemplate: CLAIM_DOCUMENT_TEMPLATE, ...ollama },
    });
    expect(settingsOf("statements")?.embedders).toBeUndefined();
    expect(settingsOf("statements")?.stopWords).toEqual([...STOP_WORDS]);
    expect(settingsOf("claims")?.stopWords).toContain("the");
  });

  it("sends no embedders when none is configured (hybrid off)", async () => {
    const backend = new MeilisearchBackend({ host: url, apiKey: "k", taskIntervalMs: 5 });
    await backend.ensureIndexes();
    expect(settingsOf("claims")).toBeDefined();
    expect(settingsOf("claims")?.embedders).toBeUndefined();
  });

  it("reads MEILI_EMBEDDER as JSON and MEILI_SEMANTIC_RATIO, and names a bad value", () => {
    const env = readSearchEnv({
      MEILI_HOST: url,
      MEILI_MASTER_KEY: "k",
      MEILI_EMBEDDER: JSON.stringify(ollama),
      MEILI_SEMANTIC_RATIO: "0.7",
    });
    expect(env.MEILI_EMBEDDER).toEqual(ollama);
    expect(env.MEILI_SEMANTIC_RATIO).toBe(0.7);
    expect(readSearchEnv({}).MEILI_SEMANTIC_RATIO).toBe(0.5);
    expect(() => readSearchEnv({ MEILI_EMBEDDER: "ollama" })).toThrow(/MEILI_EMBEDDER/);
  });
});

describe("match candidates from Meilisearch", () => {
  it("searches the claims index with matchingStrategy frequency, keyword only without an embedder", async () => {
    searchHits = [{ id: "c1" }, { id: "c2" }];
    const meili = new MeilisearchMatchCandidates({ host: url, apiKey: "k" });
    const ids = await meili.candidateIds(
      "Wind farms kill a million birds https://t.co/x — Some One (@someone) May 2, 2024",
      20,
    );
    expect(ids).toEqual(["c1", "c2"]);
    const search = requests.find((r) => r.path === "/indexes/claims/search");
    expect(search?.body).toEqual({
      q: "Wind farms kill a million birds . Some One",
      matchingStrategy: "frequency",
      attributesToRetrieve: ["id"],
      limit: 20,
    });
  });

  it("searches hybrid with the configured embedder and semantic ratio", async () => {
    const meili = MeilisearchMatchCandidates.fromEnv({
      MEILI_HOST: url,
      MEILI_MASTER_KEY: "k",
      MEILI_EMBEDDER: JSON.stringify(ollama),
      MEILI_SEMANTIC_RATIO: "0.8",
    });
    expect(meili.hybrid).toBe(true);
    await meili.candidateIds("wind farms and birds", 20);
    const search = requests.find((r) => r.path === "/indexes/claims/search");
    expect(search?.body?.hybrid).toEqual({ embedder: EMBEDDER_NAME, semanticRatio: 0.8 });
  });

  it("adds the server's candidates to the matcher's own, and matches without them when it fails", async () => {
    const matcher = new ClaimMatcher([
      {
        id: "by-meaning",
        text: "Turbines are responsible for the deaths of vast numbers of avian wildlife.",
        headline: null,
        speaker: null,
        verdict: null,
        rating: "Mixture",
        publisher: "Example Checks",
        date: null,
        url: null,
        externalId: null,
        origin: "claimreview",
      },
    ]);
    const meili = new MeilisearchMatchCandidates({ host: url, apiKey: "k" });
    const source = {
      matcher: async () => matcher,
      candidateIds: (text: string, limit: number) => meili.candidateIds(text, limit),
    };
    searchHits = [{ id: "by-meaning" }, { id: "unknown-id" }];
    const found = await matchClaims(source, "wind farms kill a million birds");
    expect(found.matches.map((m) => m.claim.id)).toEqual(["by-meaning"]);
    failSearch = true;
    const degraded = await matchClaims(source, "wind farms kill a million birds");
    expect(degraded.error).toBeUndefined();
    expect(degraded.matches).toEqual([]);
  });
});
