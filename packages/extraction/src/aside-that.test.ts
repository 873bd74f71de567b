import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import { find } from "./test-helpers.ts";

/** A cue, an aside in commas or dashes, then "that" (docs/decisions/025, session 31, s31r). */
describe("reported speech after an aside before 'that'", () => {
  it("reads a long place-and-occasion aside up to ', that'", () => {
    const r = extractStatements(
      "T\nSenator Ida Morrow said Friday during a recording of a radio panel in Tulsa, Oklahoma, that the levy would be repealed by spring.",
    );
    const s = find(r, "reported", "the levy would be repealed");
    expect(s?.text).toBe("the levy would be repealed by spring");
    expect(s?.speaker).toBe("Ida Morrow");
  });

  it("reads a dash-delimited aside that holds its own verb", () => {
    const r = extractStatements(
      "T\nThe treasurer Hal Brenner wrote — in a letter the council published on Monday — that the pension fund had lost a third of its value.",
    );
    const s = find(r, "reported", "the pension fund had lost");
    expect(s?.speaker).toBe("Hal Brenner");
  });

  it("reads a comma aside opening with 'while'", () => {
    const r = extractStatements(
      "T\nThe auditor Nell Okafor stated, while answering questions from the board last week, that the contracts were never put out to tender.",
    );
    expect(find(r, "reported", "the contracts were never put out")?.speaker).toBe("Nell Okafor");
  });

  it("does not cross a finite verb outside dashes", () => {
    const r = extractStatements(
      "T\nThe mayor Tom Reyes said the bridge was closed, that the ferry ran late and that everyone waited.",
    );
    expect(
      find(r, "reported", "the ferry ran late")?.text.startsWith("the bridge was closed"),
    ).toBe(true);
  });
});
