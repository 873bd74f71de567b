import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// Pronoun speakers of quotes (issue 15, branch x15d): shapes from PolNeAR train wrong
// speakers; the sentences are written here.
describe("pronoun speakers", () => {
  it("does not give an object pronoun to the subject of its own clause", () => {
    const r = extractStatements(
      "T\nMayor Tom Hale spoke first. Senator Maria Delgado has defended the plan for weeks.\n\nGovernor Reyes backed her up in a radio interview on Tuesday. “The plan is sound and the money is there,” he said.",
    );
    expect(find(r, "direct_quote", "plan is sound")?.speaker).toBe("Reyes");
  });
});
