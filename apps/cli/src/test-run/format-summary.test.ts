import { describe, expect, it } from "vitest";
import { formatSummary } from "./run-suite.ts";

describe("formatSummary", () => {
  it("lists each step, names failed tests, marks steps not run, and totals the tests", () => {
    const { lines, totals } = formatSummary([
      { name: "format and lint (biome)", ok: true, seconds: 0.5 },
      {
        name: "unit and integration tests (Vitest)",
        ok: false,
        seconds: 90,
        detail: "10 passed, 1 failed, 2 skipped",
        notes: ["@claimdesk/core: exit 1, 10 passed, 1 failed, 2 skipped", "  ✗ src/a.test.ts > b"],
        tests: { passed: 10, failed: 1, skipped: 2, failures: ["src/a.test.ts > b"] },
      },
      { name: "browser tests (Playwright, Chromium)", ok: false, notRun: true, seconds: 0 },
    ]);
    expect(lines).toEqual([
      "",
      "=== summary",
      "ok   format and lint (biome) (0.5 s)",
      "FAIL unit and integration tests (Vitest) (90.0 s): 10 passed, 1 failed, 2 skipped",
      "     @claimdesk/core: exit 1, 10 passed, 1 failed, 2 skipped",
      "       ✗ src/a.test.ts > b",
      "--   browser tests (Playwright, Chromium): not run (an earlier step failed)",
      "steps: 1 passed, 1 failed, 1 not run",
    ]);
    expect(totals).toBe("tests: 10 passed, 1 failed, 2 skipped");
  });
});
