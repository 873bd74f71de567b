// Unit tests of the in-memory serving index (no database): matching, ranking, filters, facets,
// collapsing, sorting, pagination, the candidate cap, highlighting and the trigram helpers.
import { describe, expect, it } from "vitest";
import { makeDocument } from "../conformance-fixtures.ts";
import type { FacetField, SearchDocument, SearchQuery } from "../types.ts";
import { foldQuery, pickMatchWords, type QueryWord, tokenizeQuery } from "./build-text-query.ts";
import {
  MemoryIndex,
  type MemorySearchInput,
  type QueryTrigrams,
  stem,
  surfaceWords,
  wordSimilarity,
} from "./memory-index.ts";

const CLAIMS = "claims";
const STATEMENTS = "statements";

/** The query words of `q`; the last one is a prefix only when asked (tokenizeQuery decides otherwise). */
function wordsOf(q: string, prefix = false): QueryWord[] {
  const words = tokenizeQuery(q);
  for (const w of words) w.prefix = false;
  const last = words.at(-1);
  if (last) last.prefix = prefix;
  return words;
}

/** The typed query folded to [a-z0-9 ] (as the backend passes it). */
const rawOf = (q: string) =>
  foldQuery(q)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

interface Options {
  uids?: string[];
  prefix?: boolean;
  facets?: FacetField[];
  limit?: number;
  offset?: number;
  query?: Omit<SearchQuery, "q">;
  words?: QueryWord[];
}

function input(q: string, options: Options = {}): MemorySearchInput {
  const words = options.words ?? wordsOf(q, options.prefix);
  return {
    query: { q, ...options.query },
    uids: options.uids ?? [CLAIMS],
    words,
    matchWords: pickMatchWords(words),
    raw: rawOf(q),
    facets: options.facets ?? [],
    limit: options.limit ?? 20,
    offset: options.offset ?? 0,
  };
}

function search(index: MemoryIndex, q: string, options: Options = {}) {
  return index.search(input(q, options));
}

const ids = (result: { hits: { id: string }[] }) => result.hits.map((h) => h.id);
const sorted = (values: string[]) => [...values].sort();

function claim(id: string, text: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return makeDocument({ id, type: "claim", text, ...fields });
}

function indexOf(docs: SearchDocument[], uid = CLAIMS): MemoryIndex {
  const index = new MemoryIndex();
  for (const d of docs) index.upsert(uid, d);
  return index;
}

// pg_trgm's trigrams as memory-index.ts numbers them (its trigramIndex is not exported): each
// word padded with two spaces before and one after, [a-z0-9] as 1..36, space as 0.
function queryTrigrams(raw: string): QueryTrigrams {
  const code = (c: string) =>
    c >= "a" && c <= "z"
      ? c.charCodeAt(0) - 96
      : c >= "0" && c <= "9"
        ? c.charCodeAt(0) - 48 + 27
        : 0;
  const table = new Uint16Array(37 * 37 * 37);
  const keys: number[] = [];
  const words = raw.split(/[^a-z0-9]+/).filter(Boolean);
  for (const word of words) {
    const codes = [0, 0, ...[...word].map(code), 0];
    for (let i = 0; i + 2 < codes.length; i++) {
      const key = codes[i]! * 1369 + codes[i + 1]! * 37 + codes[i + 2]!;
      if (table[key] === 0) {
        keys.push(key);
        table[key] = keys.length;
      }
    }
  }
  return { table, keys, size: keys.length, words: words.length };
}

describe("MemoryIndex matching", () => {
  it("finds a document by a stemmed word", () => {
    const index = indexOf([
      claim("a", "The county hospital closed its maternity ward."),
      claim("b", "Bridge repairs ran over budget."),
    ]);
    expect(stem("hospitals")).toBe(stem("hospital"));
    expect(ids(search(index, "hospitals"))).toEqual(["a"]);
    expect(ids(search(index, "Hospital"))).toEqual(["a"]);
    expect(ids(search(index, "bridges"))).toEqual(["b"]);
  });

  it("requires every must-word", () => {
    const index = indexOf([
      claim("a", "budget deficit school"),
      claim("b", "budget deficit"),
      claim("c", "budget school"),
    ]);
    expect(sorted(ids(search(index, "budget deficit")))).toEqual(["a", "b"]);
    expect(sorted(ids(search(index, "school budget")))).toEqual(["a", "c"]);
    // Two words: no all-but-one fallback ("deficit" alone is not enough).
    expect(ids(search(index, "deficit hippopotamus"))).toEqual([]);
  });

  it("falls back to all-but-one word (3+ words) only when nothing matches all", () => {
    const index = indexOf([
      claim("a", "budget deficit school"),
      claim("b", "budget deficit"),
      claim("c", "budget school"),
    ]);
    // "a" has all three: the documents with two of them are not returned.
    const all = search(index, "budget deficit school");
    expect(ids(all)).toEqual(["a"]);
    expect(all.total).toBe(1);
    // Nobody has "hippopotamus": documents with the two others match, not those with one.
    const relaxed = search(index, "budget deficit hippopotamus");
    expect(sorted(ids(relaxed))).toEqual(["a", "b"]);
    expect(relaxed.total).toBe(2);
  });

  it("matches only the must-words: a word left out of matchWords only ranks", () => {
    const index = indexOf([claim("a", "budget deficit"), claim("b", "budget school")]);
    const words = wordsOf("budget school");
    const result = index.search({ ...input("budget school"), matchWords: [words[0]!], words });
    expect(result.hits.map((h) => h.id)).toEqual(["b", "a"]); // both match; "b" ranks higher
  });

  it("matches the last word as a prefix of longer words when it is a prefix", () => {
    const index = indexOf([
      claim("a", "Healthcare spending rose sharply."),
      claim("b", "Spending on roads fell."),
    ]);
    expect(ids(search(index, "heal"))).toEqual([]);
    const prefixed = search(index, "heal", { prefix: true });
    expect(ids(prefixed)).toEqual(["a"]);
    expect(prefixed.hits[0]!.highlight.text).toBe("<mark>Healthcare</mark> spending rose sharply.");
    expect(ids(search(index, "spending heal", { prefix: true }))).toEqual(["a"]);
    expect(ids(search(index, "roads heal", { prefix: true }))).toEqual([]);
  });

  // The SQL engine falls back to all-but-one word when its strict query finds nothing after the
  // filters (result.total === 0); the memory index decides before applying them, so a filter that
  // removes every full match leaves nothing (measured: SQL engine ["e"], memory engine []).
  it("falls back to all-but-one word when the filters remove every full match, like the SQL engine", () => {
    const index = indexOf([
      claim("d", "pension reform schoolchildren", { speaker: "X" }),
      claim("e", "pension reform", { speaker: "Y" }),
    ]);
    const result = search(index, "pension reform schoolchildren", {
      query: { filters: { speaker: ["Y"] } },
    });
    expect(ids(result)).toEqual(["e"]);
  });

  // A prefix expands through the vocabulary (text, speaker, article title) only, so it never
  // matches a word found only in the tags, context, outlet, byline or body, which the SQL engine's
  // `corro:*` over the whole tsvector does (measured: SQL engine ["c"], memory engine []).
  it("matches a prefix against words of every field, like the SQL engine", () => {
    const index = indexOf([
      claim("c", "Bridge report", { body: "Engineers blamed corrosion", tags: ["infrastructure"] }),
    ]);
    expect(ids(search(index, "corrosion"))).toEqual(["c"]); // the whole word matches
    expect(ids(search(index, "corro", { prefix: true }))).toEqual(["c"]);
  });

  it("tokenizeQuery marks a last word typed without a trailing space as a prefix", () => {
    const index = indexOf([claim("a", "Healthcare spending rose sharply.")]);
    const words = tokenizeQuery("spending heal");
    expect(words.at(-1)!.prefix).toBe(true);
    expect(ids(search(index, "spending heal", { words }))).toEqual(["a"]);
  });
});

describe("MemoryIndex writes", () => {
  it("replacing a document drops its old words", () => {
    const index = indexOf([claim("a", "walrus migration patterns")]);
    expect(ids(search(index, "walrus"))).toEqual(["a"]);
    index.upsert(CLAIMS, claim("a", "penguin colony census"));
    expect(index.size).toBe(1);
    expect(ids(search(index, "walrus"))).toEqual([]);
    expect(ids(search(index, "migration"))).toEqual([]);
    expect(index.hasWord("walrus")).toBe(false);
    expect(ids(search(index, "penguin"))).toEqual(["a"]);
    expect(search(index, "penguin").hits[0]!.text).toBe("penguin colony census");
  });

  it("a reused document number does not carry the removed document's postings or fields", () => {
    const index = indexOf([
      claim("a", "walrus migration patterns", {
        speaker: "Ann Speaker",
        verdict: "False",
        date: "2001-01-01T00:00:00.000Z",
        claimKey: "shared",
      }),
      claim("b", "zoo keepers report", { claimKey: "other" }),
    ]);
    index.remove(CLAIMS, "a");
    index.upsert(CLAIMS, claim("c", "zoo budget report"));
    expect(ids(search(index, "walrus"))).toEqual([]);
    expect(ids(search(index, "migration patterns"))).toEqual([]);
    const zoo = search(index, "zoo", { facets: ["speaker", "verdict"] });
    expect(sorted(ids(zoo))).toEqual(["b", "c"]);
    expect(zoo.facets).toEqual({ speaker: {}, verdict: {} });
    expect(zoo.hits.find((h) => h.id === "c")!.date).toBeNull();
    // Another document of claim key "shared" is not collapsed with "c".
    index.upsert(CLAIMS, claim("d", "zoo gates", { claimKey: "shared" }));
    expect(sorted(ids(search(index, "zoo")))).toEqual(["b", "c", "d"]);
    // Date filters and sorts see "c" as undated.
    expect(
      ids(search(index, "zoo", { query: { filters: { dateTo: "2002-01-01T00:00:00.000Z" } } })),
    ).toEqual([]);
  });

  it("reuses numbers after dropUid without leaking postings", () => {
    const index = new MemoryIndex();
    for (let i = 0; i < 20; i++) index.upsert("old", claim(`o${i}`, `ocelot number ${i}`));
    index.dropUid("old");
    for (let i = 0; i < 20; i++) index.upsert("new", claim(`n${i}`, `tapir number ${i}`));
    expect(index.size).toBe(20);
    expect(search(index, "ocelot", { uids: ["old", "new"] }).total).toBe(0);
    expect(search(index, "tapir", { uids: ["old", "new"] }).total).toBe(20);
    expect(search(index, "tapir", { uids: ["old"] }).total).toBe(0);
  });

  it("remove deletes one document of one index", () => {
    const index = new MemoryIndex();
    index.upsert(CLAIMS, claim("a", "lighthouse keeper"));
    index.upsert(CLAIMS, claim("b", "lighthouse lamp"));
    index.upsert(STATEMENTS, claim("a", "lighthouse statement"));
    index.remove(CLAIMS, "a");
    index.remove(CLAIMS, "missing"); // no-op
    expect(index.size).toBe(2);
    expect(ids(search(index, "lighthouse"))).toEqual(["b"]);
    expect(ids(search(index, "lighthouse", { uids: [STATEMENTS] }))).toEqual(["a"]);
    expect(ids(search(index, "keeper"))).toEqual([]);
    expect(index.hasWord("keeper")).toBe(false);
    expect(index.hasWord("lighthouse")).toBe(true);
  });

  it("dropUid drops every document of that index only", () => {
    const index = new MemoryIndex();
    for (let i = 0; i < 5; i++) index.upsert(CLAIMS, claim(`c${i}`, `glacier melt ${i}`));
    for (let i = 0; i < 3; i++) index.upsert(STATEMENTS, claim(`s${i}`, `glacier retreat ${i}`));
    index.dropUid(CLAIMS);
    expect(index.size).toBe(3);
    expect(search(index, "glacier", { uids: [CLAIMS, STATEMENTS] }).total).toBe(3);
    expect(search(index, "melt", { uids: [CLAIMS, STATEMENTS] }).total).toBe(0);
    expect(search(index, "", { uids: [CLAIMS] }).total).toBe(0);
    expect(index.hasWord("melt")).toBe(false);
    // The index can be filled again.
    index.upsert(CLAIMS, claim("c9", "glacier melt again"));
    expect(ids(search(index, "melt"))).toEqual(["c9"]);
  });
});

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

describe("MemoryIndex highlighting", () => {
  it("wraps matched words in <mark> and leaves the rest of the text as it is", () => {
    const index = indexOf([
      claim("a", "Tax <b>cuts</b> & the taxes of 2020 <i>rise</i>", {
        body: "The <p>tax</p> bill & more",
      }),
    ]);
    const [hit] = search(index, "tax").hits;
    expect(hit!.highlight.text).toBe(
      "<mark>Tax</mark> <b>cuts</b> & the <mark>taxes</mark> of 2020 <i>rise</i>",
    );
    expect(hit!.highlight.body).toBe("The <p><mark>tax</mark></p> bill & more");
    expect(hit!.text).toBe("Tax <b>cuts</b> & the taxes of 2020 <i>rise</i>");
  });

  it("crops a long body around its first match", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const index = indexOf([claim("a", "budget overrun", { body: `${filler} budget ${filler}` })]);
    const body = search(index, "budget").hits[0]!.highlight.body!;
    expect(body).toContain("<mark>budget</mark>");
    expect(body.split(" ").length).toBeLessThanOrEqual(35);
    // Five words of context before the first match.
    expect(body.startsWith("word55 word56 word57 word58 word59 <mark>budget</mark> word0 ")).toBe(
      true,
    );
  });

  it("leaves the text unmarked without a query", () => {
    const index = indexOf([claim("a", "Tax <b>cuts</b>")]);
    expect(search(index, "").hits[0]!.highlight.text).toBe("Tax <b>cuts</b>");
  });
});

describe("wordSimilarity", () => {
  it("is 1 for the query as a contiguous phrase of the text", () => {
    const grams = queryTrigrams("harbor bridge");
    expect(wordSimilarity(grams, "The harbor bridge repairs came in over budget")).toBe(1);
    expect(wordSimilarity(grams, "The HARBOR Bridge")).toBe(1);
  });

  it("is lower when the same words are scattered far apart", () => {
    const grams = queryTrigrams("harbor bridge");
    const together = wordSimilarity(grams, "harbor bridge one two three four five six");
    const apart = wordSimilarity(grams, "harbor one two three four five six bridge");
    expect(together).toBe(1);
    expect(apart).toBeLessThan(together);
    expect(apart).toBeCloseTo(0.5, 5);
  });

  it("is 0 for unrelated text", () => {
    expect(wordSimilarity(queryTrigrams("harbor bridge"), "the cat sat on a mat")).toBe(0);
    expect(wordSimilarity(queryTrigrams("harbor bridge"), "")).toBe(0);
  });

  it("folds accents of the text", () => {
    expect(wordSimilarity(queryTrigrams("cafe menu"), "Le Café Menu")).toBe(1);
  });
});

describe("MemoryIndex vocabulary", () => {
  it("similarWords finds a misspelt word's correction", () => {
    const index = indexOf([
      claim("a", "The government raised spending"),
      claim("b", "Garment workers went on strike"),
    ]);
    expect(index.hasWord("government")).toBe(true);
    expect(index.hasWord("goverment")).toBe(false);
    const similar = index.similarWords("goverment");
    expect(similar[0]).toBe("government");
    expect(similar).not.toContain("strike");
    expect(index.similarWords("xylophone")).toEqual([]);
  });

  it("a misspelt word with its correction as alternative finds the document", () => {
    const index = indexOf([claim("a", "The government raised spending")]);
    const words = wordsOf("goverment spending");
    words[0]!.alternatives = index.similarWords("goverment");
    expect(ids(search(index, "goverment spending", { words }))).toEqual(["a"]);
  });

  it("hasPrefix tells whether a vocabulary word starts with a prefix", () => {
    const index = indexOf([claim("a", "Infrastructure spending", { speaker: "Zelda Quinn" })]);
    expect(index.hasPrefix("inf")).toBe(true);
    expect(index.hasPrefix("infrastr")).toBe(true);
    expect(index.hasPrefix("infrastructure")).toBe(true);
    expect(index.hasPrefix("infrastructures")).toBe(false);
    expect(index.hasPrefix("infz")).toBe(false);
    expect(index.hasPrefix("zel")).toBe(true); // speaker words are in the vocabulary
    index.remove(CLAIMS, "a");
    expect(index.hasPrefix("inf")).toBe(false);
  });

  it("surfaceWords folds case, accents and punctuation", () => {
    expect(surfaceWords("Café-Bar, I-205 & Columbia/HCA")).toEqual([
      "cafe",
      "bar",
      "i",
      "205",
      "columbia",
      "hca",
    ]);
  });
});
