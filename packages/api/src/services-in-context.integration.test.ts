// Issue 17 (services through the context): procedures use the queue and the search backend of
// the context they are called with; nothing is found through module state.
import { getDb } from "@claimdesk/db";
import type { JobQueue } from "@claimdesk/jobs/services";
import type { SearchBackend, SearchQuery, SearchResult } from "@claimdesk/search";
import { describe, expect, it } from "vitest";
import { signedInCaller } from "./routers/claim/test-helpers.ts";

/** A queue that records what is sent to it instead of writing to pg-boss. */
function recordingQueue() {
  const sent: { name: string; data: unknown }[] = [];
  const boss = {
    send: async (name: string, data: unknown) => {
      sent.push({ name, data });
      return `fake-job-${sent.length}`;
    },
  };
  const queue: JobQueue = { get: async () => boss as never };
  return { queue, sent };
}

/** A search backend that answers every search with one claim and records the queries. */
function scriptedBackend() {
  const queries: SearchQuery[] = [];
  const result: SearchResult = {
    totalHits: 1,
    processingTimeMs: 0,
    hits: [
      {
        type: "claim",
        id: "claim-from-the-fake-backend",
        externalId: null,
        text: "Ferries run every hour",
        speaker: null,
        verdict: null,
        status: null,
        outlet: null,
        kind: null,
        claimId: null,
        articleId: null,
        date: null,
        tags: [],
        highlight: { text: "Ferries run every <mark>hour</mark>", body: null },
        score: 1,
      },
    ],
    facets: {},
  };
  const backend = {
    kind: "scripted",
    search: async (query: SearchQuery) => {
      queries.push(query);
      return result;
    },
  } as unknown as SearchBackend;
  return { backend, queries };
}

describe("services come from the context", () => {
  it("feed.poll enqueues on the context's queue, and refuses where the context has none", async () => {
    const { queue, sent } = recordingQueue();
    const { caller } = await signedInCaller("admin", { services: { queue } });
    const feed = await caller.feed.add({ url: "https://news.example.org/context/rss" });
    expect(await caller.feed.poll({ id: feed.id })).toEqual({ jobId: "fake-job-1" });
    expect(sent).toEqual([{ name: "feeds-poll", data: { v: 1, feedId: feed.id } }]);

    const { caller: withoutQueue } = await signedInCaller("admin", { services: { queue: null } });
    await expect(withoutQueue.feed.poll({ id: feed.id })).rejects.toMatchObject({
      message: "The job queue is not available in this process.",
    });
    expect(sent).toHaveLength(1);
  });

  it("search.query searches the context's backend", async () => {
    const { backend, queries } = scriptedBackend();
    const { caller } = await signedInCaller("reviewer", { services: { search: backend } });
    const page = await caller.search.query({ q: "ferries hourly" });
    expect(page.hits.map((h) => h.id)).toEqual(["claim-from-the-fake-backend"]);
    expect(page.hits[0]?.highlight).toBe("Ferries run every <mark>hour</mark>");
    expect(queries[0]?.q).toBe("ferries hourly");
  });

  it("admin.startReindex starts a run for the context's backend on the context's queue", async () => {
    const { backend } = scriptedBackend();
    const { queue, sent } = recordingQueue();
    const { caller } = await signedInCaller("admin", { services: { search: backend, queue } });
    const started = await caller.admin.startReindex({});
    expect(started).toMatchObject({ alreadyRunning: false, jobId: "fake-job-1" });
    const run = await getDb().reindexRun.findUniqueOrThrow({ where: { id: started.runId } });
    expect(run.backend).toBe("scripted");
    expect(sent).toEqual([{ name: "search-reindex", data: { v: 1, runId: started.runId } }]);
  });
});
