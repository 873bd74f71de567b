import { describe, expect, it } from "vitest";
import { countPlaywrightReport, countVitestReport, readTurboSummary } from "./read-reports.ts";

const vitestReport = (
  files: { name: string; status: string; message?: string; tests: [string, string][] }[],
) => {
  const all = files.flatMap((f) => f.tests.map(([, status]) => status));
  return {
    numPassedTests: all.filter((s) => s === "passed").length,
    numFailedTests: all.filter((s) => s === "failed").length,
    numPendingTests: all.filter((s) => s === "skipped" || s === "pending").length,
    numTodoTests: all.filter((s) => s === "todo").length,
    testResults: files.map((f) => ({
      name: f.name,
      status: f.status,
      message: f.message ?? "",
      assertionResults: f.tests.map(([title, status]) => ({ title, fullName: title, status })),
    })),
  };
};

describe("countVitestReport", () => {
  it("counts passed, failed and skipped tests and names each failure by file and test", () => {
    const counts = countVitestReport(
      vitestReport([
        {
          name: "/repo/packages/core/src/a.test.ts",
          status: "passed",
          tests: [["adds", "passed"]],
        },
        {
          name: "/repo/packages/core/src/b.test.ts",
          status: "failed",
          tests: [
            ["signs in", "failed"],
            ["signs out", "passed"],
            ["later", "skipped"],
            ["someday", "todo"],
          ],
        },
      ]),
      "/repo/packages/core",
    );
    expect(counts).toEqual({
      passed: 2,
      failed: 1,
      skipped: 2,
      failures: ["src/b.test.ts > signs in"],
    });
  });

  it("counts a file that failed with no failed test (it did not load) as a failure", () => {
    const counts = countVitestReport(
      vitestReport([
        {
          name: "/r/x.test.ts",
          status: "failed",
          message: "Failed to load url ./missing.ts\nstack…",
          tests: [],
        },
      ]),
    );
    expect(counts.failed).toBe(1);
    expect(counts.failures).toEqual([
      "/r/x.test.ts (the file failed: Failed to load url ./missing.ts)",
    ]);
  });

  it("refuses something that is not a Vitest report", () => {
    expect(() => countVitestReport({ stats: {} })).toThrow("not a Vitest JSON report");
  });
});

describe("countPlaywrightReport", () => {
  it("counts flaky as passed, names unexpected tests with their suites, counts global errors", () => {
    const counts = countPlaywrightReport({
      stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2 },
      suites: [
        {
          title: "review/workflow.spec.ts",
          specs: [{ title: "rates a claim", tests: [{ status: "expected" }] }],
          suites: [
            {
              title: "approval",
              specs: [{ title: "sends back", tests: [{ status: "unexpected" }] }],
            },
          ],
        },
      ],
      errors: [{ message: "Error: global setup failed\n at …" }],
    });
    expect(counts).toEqual({
      passed: 4,
      failed: 2,
      skipped: 2,
      failures: [
        "review/workflow.spec.ts > approval > sends back",
        "(outside any test) Error: global setup failed",
      ],
    });
  });
});

describe("readTurboSummary", () => {
  it("reads each task's package, directory, exit code and cache status", () => {
    expect(
      readTurboSummary({
        tasks: [
          {
            taskId: "@claimdesk/core#test",
            task: "test",
            package: "@claimdesk/core",
            directory: "packages/core",
            cache: { status: "MISS" },
            execution: { exitCode: 1 },
          },
          {
            taskId: "@claimdesk/env#test",
            task: "test",
            package: "@claimdesk/env",
            directory: "packages/env",
            cache: { status: "HIT" },
          },
        ],
      }),
    ).toEqual([
      {
        taskId: "@claimdesk/core#test",
        task: "test",
        package: "@claimdesk/core",
        directory: "packages/core",
        exitCode: 1,
        cached: false,
      },
      {
        taskId: "@claimdesk/env#test",
        task: "test",
        package: "@claimdesk/env",
        directory: "packages/env",
        exitCode: null,
        cached: true,
      },
    ]);
  });
});
