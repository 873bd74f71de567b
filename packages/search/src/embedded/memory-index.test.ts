// Unit tests of the in-memory serving index (no database): matching, writes and the vocabulary.
// Ranking, filters and facets: memory-ranking.test.ts; highlighting and word similarity:
// memory-highlight.test.ts.
import { describe, expect, it } from "vitest";
import { tokenizeQuery } from "./build-text-query.ts";
import { MemoryIndex, stem, surfaceWords } from "./memory-index.ts";
import {
  CLAIMS,
  claim,
  ids,
  indexOf,
  input,
  STATEMENTS,
  search,
  sorted,
  wordsOf,
} from "./memory-index-fixtures.ts";

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
