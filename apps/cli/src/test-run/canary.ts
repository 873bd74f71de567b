// The canaries: one deliberately failing test run through the database-backed Vitest
// configuration (packages/db/canary) and one through the Playwright journeys' configuration
// (e2e/canary). Each must exit non-zero with exactly one failed test in the runner's own report;
// anything else means a failing test could pass the suite unseen, and fails the run.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import {
  CANARY_ENV,
  PLAYWRIGHT_CANARY_REPORT_FILE,
  VITEST_REPORT_FILE,
} from "@claimdesk/test-config/report-paths";
import { countPlaywrightReport, countVitestReport, readJsonFile } from "./read-reports.ts";

export interface CanaryResult {
  name: string;
  ok: boolean;
  /** what was seen, e.g. "exit 1, 1 failed" */
  seen: string;
  /** the runner's output, shown only when the canary misbehaved */
  output: string;
}

interface CanarySpec {
  name: string;
  cwd: string;
  cmd: string[];
  report: string;
  count: (json: unknown) => { failed: number; passed: number; failures: string[] };
}

function runCanary(spec: CanarySpec, env: NodeJS.ProcessEnv): CanaryResult {
  rmSync(spec.report, { force: true });
  const [cmd, ...args] = spec.cmd;
  const run = spawnSync(process.execPath, [cmd!, ...args], {
    cwd: spec.cwd,
    env: { ...env, [CANARY_ENV]: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}${run.error ? `\n${run.error.message}` : ""}`;
  let counts: { failed: number; passed: number; failures: string[] } | undefined;
  try {
    const json = readJsonFile(spec.report);
    counts = json === undefined ? undefined : spec.count(json);
  } catch {
    counts = undefined;
  }
  const exit = run.status ?? `signal ${run.signal}`;
  const seen = counts
    ? `exit ${exit}, ${counts.failed} failed, ${counts.passed} passed`
    : `exit ${exit}, no report written`;
  // The one failure must be the canary's own test: a run that failed for another reason (no
  // database, no build, a broken setup) proves nothing about failing tests.
  const ok =
    run.status !== null &&
    run.status !== 0 &&
    counts?.failed === 1 &&
    counts.passed === 0 &&
    counts.failures[0]?.includes("canary: ") === true;
  return { name: spec.name, ok, seen, output };
}

export function runVitestCanary(
  root: string,
  vitestBin: string,
  env: NodeJS.ProcessEnv,
): CanaryResult {
  const cwd = join(root, "packages/db/canary");
  return runCanary(
    {
      name: "canary: a failing test fails Vitest (database-backed configuration)",
      cwd,
      cmd: [vitestBin, "run"],
      report: join(cwd, VITEST_REPORT_FILE),
      count: (json) => countVitestReport(json),
    },
    env,
  );
}

export function runPlaywrightCanary(
  root: string,
  playwrightBin: string,
  env: NodeJS.ProcessEnv,
): CanaryResult {
  const cwd = join(root, "e2e");
  return runCanary(
    {
      name: "canary: a failing journey fails Playwright",
      cwd,
      cmd: [playwrightBin, "test"],
      report: join(cwd, PLAYWRIGHT_CANARY_REPORT_FILE),
      count: (json) => countPlaywrightReport(json),
    },
    // The journeys' build just ran; the canary reuses it instead of building again.
    { ...env, E2E_SKIP_BUILD: "1" },
  );
}
