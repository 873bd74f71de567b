// Reads the test runners' own result files (Vitest's JSON reporter, Playwright's JSON reporter,
// turbo's run summary) into counts for the summary at the end of `claimdesk test`. Nothing here
// parses console output: a count is what the runner itself recorded.
import { existsSync, readFileSync } from "node:fs";

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** "file > describe > test" of each failure, for the summary */
  failures: string[];
}

export const emptyCounts = (): TestCounts => ({ passed: 0, failed: 0, skipped: 0, failures: [] });

export function addCounts(into: TestCounts, more: TestCounts): TestCounts {
  into.passed += more.passed;
  into.failed += more.failed;
  into.skipped += more.skipped;
  into.failures.push(...more.failures);
  return into;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName?: string; title: string }[];
  }[];
}

/**
 * Counts from a Vitest JSON report. A test file that failed without any failed test (it did not
 * load, or a hook threw) counts as one failure of its own, so it cannot hide behind "0 failed".
 */
export function countVitestReport(json: unknown, relativeTo = ""): TestCounts {
  const report = json as VitestJson;
  if (typeof report?.numPassedTests !== "number" || !Array.isArray(report.testResults))
    throw new Error("not a Vitest JSON report");
  const counts: TestCounts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    failures: [],
  };
  for (const file of report.testResults) {
    const name =
      relativeTo && file.name.startsWith(relativeTo)
        ? file.name.slice(relativeTo.length + 1)
        : file.name;
    const failed = file.assertionResults.filter((t) => t.status === "failed");
    for (const t of failed) counts.failures.push(`${name} > ${t.fullName ?? t.title}`);
    if (file.status === "failed" && failed.length === 0) {
      counts.failed += 1;
      const why = (file.message ?? "").split("\n")[0]?.slice(0, 160);
      counts.failures.push(`${name} (the file failed${why ? `: ${why}` : ""})`);
    }
  }
  return counts;
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; file?: string; tests: { status: string }[] }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
  errors?: { message?: string }[];
}

/** Counts from a Playwright JSON report (flaky tests passed on a retry: counted as passed). */
export function countPlaywrightReport(json: unknown): TestCounts {
  const report = json as PlaywrightJson;
  if (typeof report?.stats?.expected !== "number") throw new Error("not a Playwright JSON report");
  const counts: TestCounts = {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
    failures: [],
  };
  const walk = (suite: PlaywrightSuite, path: string[]) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? [])
      if (spec.tests.some((t) => t.status === "unexpected"))
        counts.failures.push([...here, spec.title].join(" > "));
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report.suites) walk(suite, []);
  // An error outside any test (global setup, a file that does not load) fails the run with no
  // failed test: count it, so the summary never says "0 failed" for a failed run.
  for (const error of report.errors ?? []) {
    counts.failed += 1;
    counts.failures.push(
      `(outside any test) ${(error.message ?? "").split("\n")[0]?.slice(0, 160)}`,
    );
  }
  return counts;
}

export interface TurboTask {
  taskId: string;
  task: string;
  package: string;
  directory: string;
  exitCode: number | null;
  cached: boolean;
}

/** The tasks of a turbo run summary (`turbo run … --summarize`). */
export function readTurboSummary(json: unknown): TurboTask[] {
  const summary = json as {
    tasks: {
      taskId: string;
      task: string;
      package: string;
      directory: string;
      cache: { status: string };
      execution?: { exitCode?: number | null };
    }[];
  };
  if (!Array.isArray(summary?.tasks)) throw new Error("not a turbo run summary");
  return summary.tasks.map((t) => ({
    taskId: t.taskId,
    task: t.task,
    package: t.package,
    directory: t.directory,
    exitCode: t.execution?.exitCode ?? null,
    cached: t.cache.status === "HIT",
  }));
}

export function readJsonFile(path: string): unknown | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, "utf8"));
}
