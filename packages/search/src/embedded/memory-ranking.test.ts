// Unit tests of the in-memory serving index (no database): filters, facets, collapsing, sorting,
// pagination and the candidate cap.
import { describe, expect, it } from "vitest";
import { makeDocument } from "../conformance-fixtures.ts";
import type { SearchQuery } from "../types.ts";
import { MemoryIndex } from "./memory-index.ts";
import {
  CLAIMS,
  claim,
  ids,
  indexOf,
  STATEMENTS,
  search,
  sorted,
} from "./memory-index-fixtures.ts";

describe("MemoryIndex filters and facets", () => {
  const docs = [
    claim("c1", "Taxes rose for families", {
      speaker: "Dana",
      verdict: "False",
      status: "published",
      date: "2019-05-01T00:00:00.000Z",
    }),
    claim("c2", "Taxes fell for companies", {
      speaker: "Marco",
      verdict: "True",
      status: "rated",
      date: "2020-05-01T00:00:00.000Z",
    }),
    claim("c3", "Taxes doubled in the city", {
      speaker: "Dana",
      verdict: "True",
      status: "new",
      date: "2021-05-01T00:00:00.000Z",
    }),
    claim("c4", "Taxes are unchanged", { speaker: null, verdict: null, date: null }),
  ];
  const statements = [
    makeDocument({
      id: "s1",
      type: "statement",
      text: "Taxes rose, the mayor said",
      speaker: "Dana",
      outlet: "Gazette",
      kind: "direct_quote",
      date: "2020-01-01T00:00:00.000Z",
    }),
    makeDocument({
      id: "s2",
      type: "statement",
      text: "Taxes rose, the paper reported",
      speaker: "Marco",
      outlet: "Times",
      kind: "reported",
      date: "2022-01-01T00:00:00.000Z",
    }),
  ];
  const build = () => {
    const index = indexOf(docs);
    for (const s of statements) index.upsert(STATEMENTS, s);
    return index;
  };
  const both = [CLAIMS, STATEMENTS];

  it("filters by speaker, verdict, status, outlet, kind and type", () => {
    const index = build();
    const run = (filters: NonNullable<SearchQuery["filters"]>) =>
      sorted(ids(search(index, "taxes", { uids: both, query: { filters } })));
    expect(run({})).toEqual(["c1", "c2", "c3", "c4", "s1", "s2"]);
    expect(run({ speaker: ["Dana"] })).toEqual(["c1", "c3", "s1"]);
    expect(run({ speaker: ["Dana", "Marco"] })).toEqual(["c1", "c2", "c3", "s1", "s2"]);
    expect(run({ verdict: ["True"] })).toEqual(["c2", "c3"]);
    expect(run({ status: ["published", "new"] })).toEqual(["c1", "c3"]);
    expect(run({ outlet: ["Times"] })).toEqual(["s2"]);
    expect(run({ kind: ["direct_quote"] })).toEqual(["s1"]);
    expect(run({ type: ["statement"] })).toEqual(["s1", "s2"]);
    expect(run({ type: ["claim"], speaker: ["Dana"], verdict: ["True"] })).toEqual(["c3"]);
    expect(run({ speaker: ["Nobody"] })).toEqual([]);
  });

  it("filters by an inclusive date range; undated documents are out of any range", () => {
    const index = build();
    const run = (filters: NonNullable<SearchQuery["filters"]>) =>
      sorted(ids(search(index, "taxes", { uids: both, query: { filters } })));
    expect(run({ dateFrom: "2020-05-01T00:00:00.000Z" })).toEqual(["c2", "c3", "s2"]);
    expect(run({ dateTo: "2020-05-01T00:00:00.000Z" })).toEqual(["c1", "c2", "s1"]);
    expect(run({ dateFrom: "2020-01-01", dateTo: "2020-12-31" })).toEqual(["c2", "s1"]);
    expect(run({ dateFrom: "2030-01-01" })).toEqual([]);
  });

  it("counts facets over every matching hit, not the page", () => {
    const index = build();
    const result = search(index, "taxes", {
      uids: both,
      limit: 1,
      facets: ["type", "speaker", "verdict", "outlet", "kind", "status"],
    });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBe(6);
    expect(result.facets).toEqual({
      type: { claim: 4, statement: 2 },
      speaker: { Dana: 3, Marco: 2 },
      verdict: { True: 2, False: 1 },
      outlet: { Gazette: 1, Times: 1 },
      kind: { direct_quote: 1, reported: 1 },
      status: { new: 1, published: 1, rated: 1 },
    });
    // With a filter and a narrower query: counts follow the matches.
    const filtered = search(index, "taxes rose", {
      uids: both,
      limit: 0,
      facets: ["speaker"],
      query: { filters: { type: ["statement"] } },
    });
    expect(filtered.hits).toEqual([]);
    expect(filtered.total).toBe(2);
    expect(filtered.facets).toEqual({ speaker: { Dana: 1, Marco: 1 } });
  });

  it("returns every document of the indexes for an empty query, filters and facets applied", () => {
    const index = build();
    const result = search(index, "", {
      uids: both,
      facets: ["speaker"],
      query: { filters: { speaker: ["Dana"] } },
    });
    expect(sorted(ids(result))).toEqual(["c1", "c3", "s1"]);
    expect(result.facets).toEqual({ speaker: { Dana: 3 } });
    // Newest first without a query.
    expect(ids(result)).toEqual(["c3", "s1", "c1"]);
  });
});

describe("MemoryIndex collapsing", () => {
  it("collapses documents sharing a claim key within one index into the best hit", () => {
    const index = new MemoryIndex();
    index.upsert(
      STATEMENTS,
      makeDocument({
        id: "s1",
        type: "statement",
        text: "The factory closure cost two thousand jobs",
        claimKey: "k1",
      }),
    );
    index.upsert(
      STATEMENTS,
      makeDocument({
        id: "s2",
        type: "statement",
        text: "Unemployment went up, the mayor said",
        body: "A factory closure was blamed.",
        claimKey: "k1",
      }),
    );
    index.upsert(
      STATEMENTS,
      makeDocument({
        id: "s3",
        type: "statement",
        text: "Another factory closure",
        claimKey: "k2",
      }),
    );
    const result = search(index, "factory closure", { uids: [STATEMENTS], facets: ["type"] });
    expect(sorted(ids(result))).toEqual(["s1", "s3"]);
    expect(result.total).toBe(2);
    expect(result.facets).toEqual({ type: { statement: 2 } });
  });

  it("does not collapse documents of different indexes sharing a claim key", () => {
    const index = new MemoryIndex();
    index.upsert(CLAIMS, claim("c1", "factory closure cost jobs", { claimKey: "k1" }));
    index.upsert(
      STATEMENTS,
      makeDocument({
        id: "s1",
        type: "statement",
        text: "factory closure cost jobs, he said",
        claimKey: "k1",
      }),
    );
    const result = search(index, "factory closure", { uids: [CLAIMS, STATEMENTS] });
    expect(sorted(ids(result))).toEqual(["c1", "s1"]);
    expect(result.total).toBe(2);
  });
});

describe("MemoryIndex sorting and pagination", () => {
  const docs = [
    claim("a", "report one", { date: "2020-01-01T00:00:00.000Z", checkworthiness: 0.5 }),
    claim("b", "report two", { date: null, checkworthiness: 0.9 }),
    claim("c", "report three", { date: "2018-01-01T00:00:00.000Z", checkworthiness: null }),
    claim("d", "report four", { date: "2022-01-01T00:00:00.000Z", checkworthiness: 0.1 }),
    claim("e", "report five", { date: null, checkworthiness: null }),
  ];

  it("sorts by date both ways, undated last", () => {
    const index = indexOf(docs);
    const by = (direction: "asc" | "desc") =>
      ids(search(index, "report", { query: { sort: [{ field: "date", direction }] } }));
    const asc = by("asc");
    expect(asc.slice(0, 3)).toEqual(["c", "a", "d"]);
    expect(sorted(asc.slice(3))).toEqual(["b", "e"]);
    const desc = by("desc");
    expect(desc.slice(0, 3)).toEqual(["d", "a", "c"]);
    expect(sorted(desc.slice(3))).toEqual(["b", "e"]);
  });

  it("sorts by checkworthiness both ways, nulls last", () => {
    const index = indexOf(docs);
    const by = (direction: "asc" | "desc") =>
      ids(search(index, "report", { query: { sort: [{ field: "checkworthiness", direction }] } }));
    const asc = by("asc");
    expect(asc.slice(0, 3)).toEqual(["d", "a", "b"]);
    expect(sorted(asc.slice(3))).toEqual(["c", "e"]);
    const desc = by("desc");
    expect(desc.slice(0, 3)).toEqual(["b", "a", "d"]);
    expect(sorted(desc.slice(3))).toEqual(["c", "e"]);
  });

  it("pages through a stable order with offset and limit", () => {
    const index = new MemoryIndex();
    for (let i = 0; i < 45; i++) {
      // Several documents tie on score and date: the id decides.
      index.upsert(
        CLAIMS,
        claim(
          `p${String(i).padStart(2, "0")}`,
          `pelican sighting ${i % 3 === 0 ? "pelican" : ""}`,
          {
            date: `20${10 + (i % 5)}-01-01T00:00:00.000Z`,
          },
        ),
      );
    }
    for (const sort of [undefined, [{ field: "date", direction: "asc" } as const]]) {
      const all = search(index, "pelican", { limit: 100, query: { sort } });
      expect(all.total).toBe(45);
      expect(all.hits).toHaveLength(45);
      const pages: string[] = [];
      for (let offset = 0; offset < 45; offset += 10) {
        const page = search(index, "pelican", { limit: 10, offset, query: { sort } });
        expect(page.total).toBe(45);
        pages.push(...ids(page));
      }
      expect(pages).toEqual(ids(all));
      expect(new Set(pages).size).toBe(45);
      expect(search(index, "pelican", { limit: 10, offset: 45, query: { sort } }).hits).toEqual([]);
    }
  });
});

describe("MemoryIndex candidate cap", () => {
  const build = () => {
    const index = new MemoryIndex();
    // 1100 weak matches ("tax" in the body only), then 5 strong ones (in the text) added last.
    for (let i = 0; i < 1100; i++) {
      index.upsert(
        CLAIMS,
        claim(`w${String(i).padStart(4, "0")}`, `filler document ${i}`, {
          body: "a note about tax",
          date: `2010-01-${String((i % 28) + 1).padStart(2, "0")}T00:00:00.000Z`,
        }),
      );
    }
    for (let i = 0; i < 5; i++) {
      index.upsert(
        CLAIMS,
        claim(`s${i}`, `tax rise number ${i}`, { date: "2000-01-01T00:00:00.000Z" }),
      );
    }
    index.upsert(
      CLAIMS,
      claim("newest", "old filler", { body: "tax", date: "2030-01-01T00:00:00.000Z" }),
    );
    return index;
  };

  it("counts at most 1000 and keeps the best by rank on the page", () => {
    const index = build();
    const result = search(index, "tax", { limit: 5, facets: ["type"] });
    expect(result.total).toBe(1000);
    expect(sorted(ids(result))).toEqual(["s0", "s1", "s2", "s3", "s4"]);
    expect(result.facets.type!.claim).toBe(1000);
  });

  it("keeps the best by the requested sort at the cap", () => {
    const index = build();
    const desc = search(index, "tax", {
      limit: 3,
      query: { sort: [{ field: "date", direction: "desc" }] },
    });
    expect(desc.total).toBe(1000);
    expect(desc.hits[0]!.id).toBe("newest");
    const asc = search(index, "tax", {
      limit: 5,
      query: { sort: [{ field: "date", direction: "asc" }] },
    });
    expect(asc.total).toBe(1000);
    expect(sorted(ids(asc))).toEqual(["s0", "s1", "s2", "s3", "s4"]);
  });
});
