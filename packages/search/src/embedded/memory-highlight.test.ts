// Unit tests of the in-memory serving index (no database): highlighting and the trigram word
// similarity.
import { describe, expect, it } from "vitest";
import { wordSimilarity } from "./memory-index.ts";
import { claim, indexOf, queryTrigrams, search } from "./memory-index-fixtures.ts";

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

  it("marks a word each time it occurs, in the text and the body, however it is written", () => {
    const index = indexOf([
      claim("a", "Tax, tax and TAX: tolls taxes", { body: "tax the taxed tax" }),
      claim("b", "Nothing about it but tax"),
    ]);
    const hits = search(index, "tax").hits;
    const a = hits.find((h) => h.id === "a")!;
    expect(a.highlight.text).toBe(
      "<mark>Tax</mark>, <mark>tax</mark> and <mark>TAX</mark>: tolls <mark>taxes</mark>",
    );
    expect(a.highlight.body).toBe("<mark>tax</mark> the <mark>taxed</mark> <mark>tax</mark>");
    expect(hits.find((h) => h.id === "b")!.highlight.text).toBe(
      "Nothing about it but <mark>tax</mark>",
    );
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
