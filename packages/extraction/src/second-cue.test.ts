import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import { find } from "./test-helpers.ts";

/** After a quote's attribution, a second -ing cue behind before/after/while (session 31, s31r). */
describe("second cue after a preposition", () => {
  it("reads 'while also saying that …' after the quote's attribution", () => {
    const r = extractStatements(
      "T\nLena Park spoke first. “The vote is ours to lose,” she added, while also saying that she expects to carry the rural counties.",
    );
    expect(find(r, "reported", "she expects to carry")?.speaker).toBe("Lena Park");
  });

  it("reads 'before adding that …'", () => {
    const r = extractStatements(
      "T\nLena Park spoke first. “The vote is ours to lose,” Park replied before adding that the count would take two more days.",
    );
    expect(find(r, "reported", "the count would take")?.speaker).toBe("Lena Park");
  });
});
