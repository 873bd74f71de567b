// A reindex's swap as the memory engine's copy sees it (memory-mirror.ts, issue 16): the swapped
// index loads beside the old copy, which keeps answering searches until the new one is complete.
// A hook holds the load after it read the rows, so "during the load" is a state, not a timing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDocument } from "../conformance-fixtures.ts";
import type { SearchDocument } from "../types.ts";
import { EmbeddedSearchBackend } from "./embedded-backend.ts";

let writer: EmbeddedSearchBackend;
let reader: EmbeddedSearchBackend;
/** Set by a test: what the reader's background load awaits before adding the rows it read. */
let holdLoad: ((uid: string) => Promise<void>) | null = null;
/** Whole documents the reader's refreshes fetched (searches wait for a refresh). */
const refreshFetched: number[] = [];

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  writer = new EmbeddedSearchBackend(url, { engine: "memory" });
  reader = new EmbeddedSearchBackend(url, {
    engine: "memory",
    mirrorHooks: {
      beforeApplyLoad: async (uid) => holdLoad?.(uid),
      afterChangesRead: (documents) => refreshFetched.push(documents),
    },
  });
  await writer.ensureIndexes();
});

afterAll(async () => {
  await writer?.close();
  await reader?.close();
});

function claim(id: string, text: string): SearchDocument {
  return makeDocument({ id, type: "claim", text });
}

async function found(q: string): Promise<string[]> {
  const result = await reader.search({ q, indexes: ["claims"], limit: 50 });
  return result.hits.map((h) => h.id).sort();
}

/** A hook that holds the load until `release()`; `reached` resolves with the uid held. */
function gate() {
  let release = () => {};
  let reached: (uid: string) => void = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  const reachedPromise = new Promise<string>((r) => {
    reached = r;
  });
  holdLoad = async (uid) => {
    reached(uid);
    await held;
  };
  return { release, reached: reachedPromise };
}

async function swapIn(suffix: string, docs: SearchDocument[]): Promise<string> {
  const target = await writer.prepareReindexTarget("claims", suffix);
  await writer.writeReindexBatch(target, docs);
  await writer.swapReindexTarget("claims", target);
  return target;
}

describe("MemoryMirror during a reindex's swap", () => {
  it("answers searches from the old copy while the swapped index loads, then switches to it", async () => {
    await writer.upsertDocuments("claims", [claim("sw-old", "Walrus colony on the ice")]);
    expect(await found("walrus")).toEqual(["sw-old"]); // the reader's first (full) load
    const before = await reader.indexVersion();
    const target = await swapIn("swap1", [claim("sw-new", "Puffin burrows on the cliff")]);

    const { release, reached } = gate();
    const order: string[] = [];
    const answered = reader.search({ q: "walrus", indexes: ["claims"] }).then((result) => {
      order.push("search answered");
      return result;
    });
    expect(await reached).toBe(target); // the load of the swapped index is now held
    // Released once the search is answered; a mirror that makes the search wait for the load
    // would never answer it, so give up after a while and let the order show it.
    await Promise.race([answered, new Promise((r) => setTimeout(r, 10_000))]);
    const whileHeld = order.length > 0 ? await answered : null;
    const heldChecks = whileHeld
      ? {
          version: await reader.indexVersion(),
          puffin: await found("puffin"),
          written: await writer
            .upsertDocuments("claims", [claim("sw-during", "Puffin chicks fledged")])
            .then(() => found("puffin")),
        }
      : null;
    order.push("load released");
    release();
    const result = await answered;

    expect(order).toEqual(["search answered", "load released"]);
    expect(result.hits.map((h) => h.id)).toEqual(["sw-old"]); // from the old copy
    // Meanwhile: the old copy's version, the new index not visible, even after a write to it.
    expect(heldChecks).toEqual({ version: before, puffin: [], written: [] });

    await reader.warm(); // the load completes and the copy switches
    expect(await reader.indexVersion()).not.toBe(before);
    expect(await found("walrus")).toEqual([]);
    // The write made after the load read the table is in the new copy too.
    expect(await found("puffin")).toEqual(["sw-during", "sw-new"]);
    holdLoad = null;
  });

  it("a second swap while the first load is held loads the newer index instead", async () => {
    expect(await found("puffin")).toEqual(["sw-during", "sw-new"]);
    const first = gate();
    const firstTarget = await swapIn("swap2", [claim("sw-2", "Gannet nests counted")]);
    expect(await found("puffin")).toEqual(["sw-during", "sw-new"]);
    expect(await first.reached).toBe(firstTarget);
    holdLoad = null;
    await swapIn("swap3", [claim("sw-3", "Gannet dives filmed")]);
    expect(await found("puffin")).toEqual(["sw-during", "sw-new"]); // still the old copy
    first.release(); // the first load sees it was replaced and stops
    await reader.warm();
    expect(await found("gannet")).toEqual(["sw-3"]);
    expect(await found("puffin")).toEqual([]);
  });

  // Issue 16's bench saw searches wait seconds at a swap on a shared PostgreSQL. Changed rows are
  // found by transaction id from the oldest transaction still running anywhere on the server, so
  // one long transaction elsewhere made the switch re-read the whole swapped index, documents
  // and all, while searches waited for it.
  it("with an old transaction open elsewhere, the switch fetches only documents that changed", async () => {
    const old = new pg.Client({ connectionString: process.env.DATABASE_URL! });
    await old.connect();
    try {
      await old.query("begin");
      await old.query("select pg_current_xact_id()"); // holds back every snapshot's xmin
      expect(await found("gannet")).toEqual(["sw-3"]);
      const docs = Array.from({ length: 300 }, (_, i) =>
        claim(`sw-bulk-${i}`, `Heron ${i} ringed`),
      );
      await swapIn("swap4", docs);
      refreshFetched.length = 0;
      await reader.warm(); // the load reads the 300 rows, then the switch
      expect((await reader.search({ q: "heron", indexes: ["claims"], limit: 5 })).totalHits).toBe(
        300,
      );
      expect(refreshFetched.reduce((a, b) => a + b, 0)).toBe(0);
      // A row written since the load read the table is still fetched.
      await writer.upsertDocuments("claims", [claim("sw-bulk-0", "Heron 0 ringed twice")]);
      refreshFetched.length = 0;
      expect(await found("twice")).toEqual(["sw-bulk-0"]);
      expect(refreshFetched.reduce((a, b) => a + b, 0)).toBe(1);
    } finally {
      await old.query("rollback").catch(() => {});
      await old.end();
    }
  });
});
