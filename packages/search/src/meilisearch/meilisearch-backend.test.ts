// Meilisearch behaviour at the HTTP boundary: the real `meilisearch` client talks to a small
// node:http server that answers with the documented request/response shapes (enqueued tasks,
// GET /tasks/:uid, search, multi-search, swap-indexes), and the tests assert on what was sent.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeDocument } from "../testing/fixtures.ts";
import { buildFilter, quoteFilterValue } from "./build-filter.ts";
import { buildIndexSettings } from "./index-settings.ts";
import { MeilisearchBackend, MeilisearchTaskError } from "./meilisearch-backend.ts";

interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  auth: string | undefined;
}

interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  error: { message: string; code: string; type: string; link: string } | null;
}

class FakeMeilisearch {
  requests: Recorded[] = [];
  tasks = new Map<number, FakeTask>();
  nextTaskUid = 1;
  /** task type -> error the next such task ends with */
  failNext = new Map<string, { code: string; message: string }>();
  indexes = new Set<string>();
  searchResponse: unknown = {};
  server: Server = createServer((req, res) => this.handle(req, res));
  url = "";

  async start() {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Requests other than task polling, as "METHOD /path". */
  calls(): string[] {
    return this.requests
      .filter((r) => !r.path.startsWith("/tasks/"))
      .map((r) => `${r.method} ${r.path}`);
  }

  enqueue(indexUid: string | null, type: string) {
    const uid = this.nextTaskUid++;
    const failure = this.failNext.get(type);
    this.failNext.delete(type);
    this.tasks.set(uid, {
      uid,
      indexUid,
      type,
      error: failure
        ? {
            ...failure,
            type: "invalid_request",
            link: `https://docs.meilisearch.com/errors#${failure.code}`,
          }
        : null,
    });
    return {
      taskUid: uid,
      indexUid,
      status: "enqueued",
      type,
      enqueuedAt: new Date().toISOString(),
    };
  }

  handle(req: IncomingMessage, res: import("node:http").ServerResponse) {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      const body = raw ? JSON.parse(raw) : undefined;
      this.requests.push({
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        auth: req.headers.authorization,
      });
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      const parts = url.pathname.split("/").filter(Boolean);
      if (req.method === "GET" && parts[0] === "tasks") {
        const task = this.tasks.get(Number(parts[1]));
        if (!task) return send(404, { message: "task not found", code: "task_not_found" });
        const now = new Date().toISOString();
        return send(200, {
          uid: task.uid,
          batchUid: task.uid,
          indexUid: task.indexUid,
          status: task.error ? "failed" : "succeeded",
          type: task.type,
          canceledBy: null,
          details: {},
          error: task.error,
          duration: "PT0.001S",
          enqueuedAt: now,
          startedAt: now,
          finishedAt: now,
        });
      }
      if (req.method === "POST" && url.pathname === "/indexes") {
        const exists = this.indexes.has(body.uid);
        if (exists)
          this.failNext.set("indexCreation", {
            code: "index_already_exists",
            message: `Index \`${body.uid}\` already exists.`,
          });
        this.indexes.add(body.uid);
        return send(202, this.enqueue(body.uid, "indexCreation"));
      }
      if (req.method === "PATCH" && parts[2] === "settings") {
        return send(202, this.enqueue(parts[1]!, "settingsUpdate"));
      }
      if (req.method === "POST" && parts[2] === "documents" && parts.length === 3) {
        return send(202, this.enqueue(parts[1]!, "documentAdditionOrUpdate"));
      }
      if (req.method === "POST" && parts[2] === "documents" && parts[3] === "delete-batch") {
        return send(202, this.enqueue(parts[1]!, "documentDeletion"));
      }
      if (req.method === "POST" && url.pathname === "/swap-indexes") {
        return send(202, this.enqueue(null, "indexSwap"));
      }
      if (req.method === "DELETE" && parts[0] === "indexes" && parts.length === 2) {
        this.indexes.delete(parts[1]!);
        return send(202, this.enqueue(parts[1]!, "indexDeletion"));
      }
      if (req.method === "GET" && parts[2] === "stats") {
        return send(200, { numberOfDocuments: 42, isIndexing: false, fieldDistribution: {} });
      }
      if (req.method === "POST" && (url.pathname === "/multi-search" || parts[2] === "search")) {
        return send(200, this.searchResponse);
      }
      send(404, { message: `no route ${req.method} ${url.pathname}`, code: "not_found" });
    });
  }
}

const fake = new FakeMeilisearch();
let backend: MeilisearchBackend;

beforeAll(async () => {
  await fake.start();
  backend = new MeilisearchBackend({ host: fake.url, apiKey: "master-key", taskIntervalMs: 5 });
});

afterAll(() => {
  fake.server.close();
});

beforeEach(() => {
  fake.requests = [];
});

describe("Meilisearch backend at the HTTP boundary", () => {
  it("creates every index with explicit settings and the API key", async () => {
    await backend.ensureIndexes();
    expect(fake.calls()).toEqual([
      "POST /indexes",
      "PATCH /indexes/claims/settings",
      "POST /indexes",
      "PATCH /indexes/statements/settings",
      "POST /indexes",
      "PATCH /indexes/articles/settings",
    ]);
    const create = fake.requests.find((r) => r.path === "/indexes");
    expect(create?.body).toEqual({ uid: "claims", primaryKey: "id" });
    expect(create?.auth).toBe("Bearer master-key");
    const settings = fake.requests.find((r) => r.path === "/indexes/statements/settings")?.body as
      | Record<string, unknown>
      | undefined;
    expect(settings).toEqual(buildIndexSettings());
    expect(settings?.searchableAttributes).toEqual([
      "text",
      "speaker",
      "tags",
      "articleTitle",
      "context",
      "externalId",
      "outlet",
      "byline",
      "body",
    ]);
    expect(settings?.distinctAttribute).toBe("claimKey");
    expect(settings?.filterableAttributes).toEqual(
      expect.arrayContaining(["speaker", "verdict", "status", "outlet", "kind", "dateTs"]),
    );
    expect(settings?.sortableAttributes).toEqual(["dateTs", "checkworthiness"]);
    // every task was awaited
    const polled = fake.requests.filter((r) => r.path.startsWith("/tasks/")).length;
    expect(polled).toBeGreaterThanOrEqual(6);
  });

  it("tolerates indexes that already exist", async () => {
    await expect(backend.ensureIndexes()).resolves.toBeUndefined();
  });

  it("writes documents in batches and waits for each task", async () => {
    const docs = Array.from({ length: 12_000 }, (_, i) =>
      makeDocument({ id: `c${i}`, type: "claim", text: `claim ${i}` }),
    );
    await backend.upsertDocuments("claims", docs);
    const writes = fake.requests.filter((r) => r.path === "/indexes/claims/documents");
    expect(writes.map((w) => (w.body as unknown[]).length)).toEqual([5000, 5000, 2000]);
    expect(writes[0]?.query).toEqual({ primaryKey: "id" });
    const order = fake.requests.map((r) => (r.path.startsWith("/tasks/") ? "wait" : "write"));
    expect(order).toEqual(["write", "wait", "write", "wait", "write", "wait"]);
  });

  it("turns a failed task into an error instead of dropping the documents", async () => {
    fake.failNext.set("documentAdditionOrUpdate", {
      code: "invalid_document_id",
      message: "Document identifier `a b` is invalid.",
    });
    const doc = makeDocument({ id: "a b", type: "claim", text: "bad id" });
    const write = backend.upsertDocuments("claims", [doc]);
    await expect(write).rejects.toBeInstanceOf(MeilisearchTaskError);
    await expect(
      (async () => {
        fake.failNext.set("documentAdditionOrUpdate", {
          code: "invalid_document_id",
          message: "bad",
        });
        await backend.upsertDocuments("claims", [doc]);
      })(),
    ).rejects.toThrow(/failed: bad \[invalid_document_id\]/);
  });

  it("deletes documents by id and waits", async () => {
    await backend.deleteDocuments("statements", ["s1", "s2"]);
    expect(fake.calls()).toEqual(["POST /indexes/statements/documents/delete-batch"]);
    expect(fake.requests[0]?.body).toEqual(["s1", "s2"]);
  });

  it("builds filter expressions with quotes and backslashes escaped", async () => {
    expect(quoteFilterValue('Dana "The Hammer" O\'Neil')).toBe('"Dana \\"The Hammer\\" O\'Neil"');
    expect(quoteFilterValue("back\\slash")).toBe('"back\\\\slash"');
    expect(
      buildFilter({
        speaker: ['Dana "The Hammer" Whitfield', "Marco"],
        verdict: ["False"],
        dateFrom: "2020-01-01T00:00:00Z",
        dateTo: "2020-12-31T00:00:00Z",
      }),
    ).toBe(
      'speaker IN ["Dana \\"The Hammer\\" Whitfield", "Marco"] AND verdict IN ["False"] AND dateTs >= 1577836800 AND dateTs <= 1609372800',
    );
    expect(buildFilter({})).toBeUndefined();
    expect(buildFilter({ tags: ["public health", "budget"] })).toBe(
      'tags IN ["public health", "budget"]',
    );

    fake.searchResponse = {
      hits: [],
      query: "x",
      processingTimeMs: 1,
      limit: 20,
      offset: 0,
      estimatedTotalHits: 0,
    };
    await backend.search({
      q: "taxes",
      indexes: ["claims"],
      filters: { speaker: ['Dana "The Hammer" Whitfield'] },
      sort: [{ field: "date", direction: "desc" }],
      limit: 7,
    });
    const body = fake.requests[0]?.body as Record<string, unknown>;
    expect(fake.calls()).toEqual(["POST /indexes/claims/search"]);
    expect(body).toMatchObject({
      q: "taxes",
      filter: 'speaker IN ["Dana \\"The Hammer\\" Whitfield"]',
      sort: ["dateTs:desc"],
      limit: 7,
      offset: 0,
      attributesToHighlight: ["text"],
      attributesToCrop: ["body"],
      highlightPreTag: "<mark>",
      highlightPostTag: "</mark>",
    });
  });

  it("searches several indexes with one federated multi-search and maps hits and facets", async () => {
    fake.searchResponse = {
      hits: [
        {
          ...makeDocument({ id: "c1", type: "claim", text: "Taxes went up", verdict: "False" }),
          _formatted: { text: "<mark>Taxes</mark> went up" },
          _federation: { indexUid: "claims", queriesPosition: 0, weightedRankingScore: 0.9 },
          _rankingScore: 0.9,
        },
      ],
      processingTimeMs: 3,
      limit: 5,
      offset: 0,
      estimatedTotalHits: 1,
      facetDistribution: { verdict: { False: 1 } },
    };
    const result = await backend.search({
      q: "taxes",
      indexes: ["claims", "statements"],
      facets: ["verdict"],
      limit: 5,
    });
    expect(fake.calls()).toEqual(["POST /multi-search"]);
    const body = fake.requests[0]?.body as {
      federation: Record<string, unknown>;
      queries: { indexUid: string; q: string }[];
    };
    expect(body.federation).toMatchObject({
      limit: 5,
      offset: 0,
      facetsByIndex: { claims: ["verdict"], statements: ["verdict"] },
    });
    expect(body.queries.map((q) => [q.indexUid, q.q])).toEqual([
      ["claims", "taxes"],
      ["statements", "taxes"],
    ]);
    expect(result.totalHits).toBe(1);
    expect(result.hits[0]).toMatchObject({
      type: "claim",
      id: "c1",
      verdict: "False",
      highlight: { text: "<mark>Taxes</mark> went up" },
      score: 0.9,
    });
    expect(result.facets).toEqual({ verdict: { False: 1 } });
  });

  it("swaps a rebuilt index in atomically, then deletes the old one", async () => {
    const target = await backend.prepareReindexTarget("statements", "run1");
    expect(target).toBe("statements_run1");
    fake.requests = [];
    expect(await backend.countTargetDocuments(target)).toBe(42);
    await backend.swapReindexTarget("statements", target);
    expect(fake.calls()).toEqual([
      "GET /indexes/statements_run1/stats",
      "POST /swap-indexes",
      "DELETE /indexes/statements_run1",
    ]);
    expect(fake.requests.find((r) => r.path === "/swap-indexes")?.body).toEqual([
      { indexes: ["statements", "statements_run1"], rename: false },
    ]);
    // the delete is only sent after the swap task succeeded
    const sequence = fake.requests.map(
      (r) => `${r.method} ${r.path.replace(/^\/tasks\/\d+$/, "/tasks/N")}`,
    );
    expect(sequence.slice(1)).toEqual([
      "POST /swap-indexes",
      "GET /tasks/N",
      "DELETE /indexes/statements_run1",
      "GET /tasks/N",
    ]);
  });

  it("does not delete the old index when the swap fails", async () => {
    fake.failNext.set("indexSwap", { code: "index_not_found", message: "Index `x` not found." });
    await expect(backend.swapReindexTarget("claims", "claims_run2")).rejects.toThrow(
      MeilisearchTaskError,
    );
    expect(fake.calls()).toEqual(["POST /swap-indexes"]);
  });
});
