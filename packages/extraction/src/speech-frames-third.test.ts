import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import type { ExtractionResult } from "./types.ts";

function find(r: ExtractionResult, text: string) {
  return r.statements.find((s) => s.text.startsWith(text));
}

/** Frames added in the x15sp pass (docs/decisions/025, addendum 2026-12-03 x15sp). */
describe("issue 15: more reported speech (x15sp)", () => {
  it("reports the whole sentence when an attribution follows a subordinate opening", () => {
    const r = extractStatements(
      "T\nMaria Lopez spoke in Reno.\n\nIf the council delays the vote again, Lopez said, the bridge will close for a year.",
    );
    const s = find(r, "If the council delays the vote again");
    expect(s?.kind).toBe("reported");
    expect(s?.text).toBe(
      "If the council delays the vote again, Lopez said, the bridge will close for a year",
    );
    expect(s?.speaker).toBe("Maria Lopez");
  });

  it("keeps a question's answer out of the subordinate rule", () => {
    const r = extractStatements(
      "T\nMaria Lopez spoke in Reno.\n\nWhen asked about the delay, Lopez said, the council had no plan.",
    );
    expect(find(r, "When asked about the delay")).toBeUndefined();
  });
});
