// `claimdesk test`: the whole suite as CI runs it, and the summary at its end. Each step's exit
// code decides pass or fail; the counts come from the runners' own reports (read-reports.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PLAYWRIGHT_REPORT_FILE, VITEST_REPORT_FILE } from "@claimdesk/test-config/report-paths";
import { resolveBin } from "../resolve-bin.ts";
import { type CanaryResult, runPlaywrightCanary, runVitestCanary } from "./canary.ts";
import { ensureImageNode, imageNodeVersion } from "./image-node.ts";
import {
  addCounts,
  countPlaywrightReport,
  countVitestReport,
  emptyCounts,
  readJsonFile,
  readTurboSummary,
  type TestCounts,
  type TurboTask,
} from "./read-reports.ts";

export interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  /** one line of what the step counted, e.g. "612 passed, 0 failed, 1 skipped" */
  detail?: string;
  /** more lines under it: failed packages and tests, a misbehaving canary's output */
  notes?: string[];
  tests?: TestCounts;
  /** not run, because an earlier step failed */
  notRun?: boolean;
}

interface SuiteOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  skipE2e: boolean;
  /** also run the unit and integration suites on the production images' Node.js */
  imageNode: boolean;
  log: (line: string) => void;
}

const workspaceDirs = (root: string): string[] =>
  ["apps", "packages"]
    .flatMap((group) =>
      existsSync(join(root, group))
        ? readdirSync(join(root, group)).map((name) => join(group, name))
        : [],
    )
    .concat(["infra", "e2e"]);

const countsLine = (c: TestCounts) =>
  `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;

function spawnStep(root: string, env: NodeJS.ProcessEnv, cmd: string[], cwd = root) {
  const [bin, ...args] = cmd;
  const run = spawnSync(process.execPath, [bin!, ...args], { cwd, stdio: "inherit", env });
  if (run.error) return { status: 1, error: run.error.message };
  return { status: run.status ?? 1 };
}

function newestTurboSummary(root: string, before: Set<string>): TurboTask[] | undefined {
  const dir = join(root, ".turbo/runs");
  if (!existsSync(dir)) return undefined;
  const fresh = readdirSync(dir).filter((f) => f.endsWith(".json") && !before.has(f));
  if (fresh.length !== 1) return undefined;
  return readTurboSummary(readJsonFile(join(dir, fresh[0]!)));
}

function turboRuns(root: string): Set<string> {
  const dir = join(root, ".turbo/runs");
  return new Set(existsSync(dir) ? readdirSync(dir) : []);
}

/** Each test task's counts from its package's Vitest report; a task without one fails. */
function countTestTasks(root: string, tasks: TurboTask[]) {
  const tests = emptyCounts();
  const notes: string[] = [];
  let ok = true;
  for (const task of tasks.filter((t) => t.task === "test")) {
    const json = readJsonFile(join(root, task.directory, VITEST_REPORT_FILE));
    if (json === undefined) {
      ok = false;
      notes.push(
        `${task.package}: exit ${task.exitCode ?? "?"} and no Vitest report (its vitest.config.ts must use defineTestConfig)`,
      );
      continue;
    }
    const counts = countVitestReport(json, join(root, task.directory));
    addCounts(tests, counts);
    if (task.exitCode !== 0 || counts.failed > 0) {
      ok = false;
      notes.push(`${task.package}: exit ${task.exitCode}, ${countsLine(counts)}`);
      for (const failure of counts.failures) notes.push(`  ✗ ${failure}`);
    }
  }
  return { ok, notes, tests };
}

/**
 * The unit and integration suites once more on the production images' Node.js (issue 16: the
 * machines run Node 20, the images Node 24). `--force`: the same task hashes would otherwise
 * replay the first run's results from turbo's cache.
 */
function runOnImageNode(options: SuiteOptions, turbo: string): StepResult {
  const { root, env, log } = options;
  const name = "unit and integration tests on the images' Node.js";
  const started = Date.now();
  let nodeBin: string;
  let version: string;
  try {
    version = imageNodeVersion(root);
    nodeBin = ensureImageNode(root, version, log);
  } catch (error) {
    return { name, ok: false, seconds: 0, detail: (error as Error).message };
  }
  for (const dir of workspaceDirs(root))
    rmSync(join(root, dir, VITEST_REPORT_FILE), { force: true });
  const before = turboRuns(root);
  const run = spawnStep(root, { ...env, PATH: `${nodeBin}:${env.PATH ?? ""}` }, [
    turbo,
    "run",
    "test",
    "--force",
    "--concurrency=2",
    "--continue",
    "--summarize",
    "--output-logs=errors-only",
  ]);
  const seconds = (Date.now() - started) / 1000;
  const tasks = newestTurboSummary(root, before);
  if (!tasks)
    return {
      name,
      ok: false,
      seconds,
      detail: `turbo exited ${run.status} and wrote no run summary`,
    };
  const { ok, notes, tests } = countTestTasks(root, tasks);
  return {
    name: `${name} (${version})`,
    ok: ok && run.status === 0,
    seconds,
    detail: countsLine(tests),
    notes,
    tests,
  };
}

/** typecheck + unit/integration tests through turbo, then one result per kind of task. */
function runTurboSuites(options: SuiteOptions, turbo: string): StepResult[] {
  const { root, env } = options;
  for (const dir of workspaceDirs(root))
    rmSync(join(root, dir, VITEST_REPORT_FILE), { force: true });
  const before = turboRuns(root);
  const started = Date.now();
  const run = spawnStep(root, env, [
    turbo,
    "run",
    "typecheck",
    "test",
    "--concurrency=2",
    "--continue",
    "--summarize",
    "--output-logs=new-only",
  ]);
  const seconds = (Date.now() - started) / 1000;
  const tasks = newestTurboSummary(root, before);
  if (!tasks) {
    return [
      {
        name: "typecheck, unit and integration tests (turbo)",
        ok: false,
        seconds,
        detail: `turbo exited ${run.status} and wrote no run summary`,
      },
    ];
  }
  const typecheck = tasks.filter((t) => t.task === "typecheck");
  const badTypes = typecheck.filter((t) => t.exitCode !== 0);
  const typeResult: StepResult = {
    name: "typecheck (tsc)",
    ok: badTypes.length === 0,
    seconds,
    detail: `${typecheck.length - badTypes.length} of ${typecheck.length} packages clean`,
    notes: badTypes.map((t) => `failed: ${t.package}`),
  };

  const counted = countTestTasks(root, tasks);
  if (run.status !== 0 && counted.ok && typeResult.ok) {
    counted.ok = false;
    counted.notes.push(`turbo exited ${run.status} although every task reported success`);
  }
  const { ok, notes, tests } = counted;
  return [
    typeResult,
    {
      name: "unit and integration tests (Vitest)",
      ok,
      seconds,
      detail: countsLine(tests),
      notes,
      tests,
    },
  ];
}

function runE2e(options: SuiteOptions, turbo: string): StepResult {
  const { root, env } = options;
  const report = join(root, "e2e", PLAYWRIGHT_REPORT_FILE);
  rmSync(report, { force: true });
  const started = Date.now();
  const run = spawnStep(root, env, [turbo, "run", "test:e2e", "--output-logs=full"]);
  const seconds = (Date.now() - started) / 1000;
  const json = readJsonFile(report);
  if (json === undefined)
    return {
      name: "browser tests (Playwright, Chromium)",
      ok: false,
      seconds,
      detail: `exit ${run.status}, no Playwright report written`,
    };
  const tests = countPlaywrightReport(json);
  return {
    name: "browser tests (Playwright, Chromium)",
    ok: run.status === 0 && tests.failed === 0,
    seconds,
    detail: countsLine(tests),
    notes: tests.failures.map((f) => `  ✗ ${f}`),
    tests,
  };
}

function canaryStep(started: number, result: CanaryResult): StepResult {
  return {
    name: result.name,
    ok: result.ok,
    seconds: (Date.now() - started) / 1000,
    detail: result.ok
      ? `${result.seen}, as it must`
      : `${result.seen}: expected a non-zero exit with the canary's one test failed`,
    // Its output is kept out of the log unless it misbehaved.
    notes: result.ok
      ? []
      : result.output
          .trimEnd()
          .split("\n")
          .map((line) => `  | ${line}`),
  };
}

/** Runs every step (stopping after the first failed one) and returns their results. */
export function runTestSuite(options: SuiteOptions): StepResult[] {
  const { root, env, log } = options;
  const bin = (pkg: string, rel: string) => resolveBin(root, pkg, rel);
  const turbo = bin("turbo", "bin/turbo");
  const results: StepResult[] = [];
  const steps: { name: string; run: () => StepResult[] }[] = [
    {
      name: "format and lint (biome)",
      run: () => {
        const started = Date.now();
        const run = spawnStep(root, env, [bin("@biomejs/biome", "bin/biome"), "check", "."]);
        return [
          {
            name: "format and lint (biome)",
            ok: run.status === 0,
            seconds: (Date.now() - started) / 1000,
          },
        ];
      },
    },
    {
      name: "canary: a failing test must fail Vitest",
      run: () => {
        const started = Date.now();
        const vitest = resolveBin(join(root, "packages/db"), "vitest", "vitest.mjs");
        return [canaryStep(started, runVitestCanary(root, vitest, env))];
      },
    },
    {
      name: "typecheck, unit and integration tests (turbo)",
      run: () => runTurboSuites(options, turbo),
    },
  ];
  if (!options.skipE2e) {
    steps.push(
      { name: "browser tests (Playwright, Chromium)", run: () => [runE2e(options, turbo)] },
      {
        name: "canary: a failing journey must fail Playwright",
        run: () => {
          const started = Date.now();
          const playwright = resolveBin(join(root, "e2e"), "@playwright/test", "cli.js");
          return [canaryStep(started, runPlaywrightCanary(root, playwright, env))];
        },
      },
    );
  }
  if (options.imageNode)
    steps.push({
      name: "unit and integration tests on the images' Node.js",
      run: () => [runOnImageNode(options, turbo)],
    });
  for (const [index, step] of steps.entries()) {
    log(`\n=== ${step.name}`);
    const stepResults = step.run();
    results.push(...stepResults);
    if (stepResults.some((r) => !r.ok)) {
      for (const skipped of steps.slice(index + 1))
        results.push({ name: skipped.name, ok: false, notRun: true, seconds: 0 });
      break;
    }
  }
  return results;
}

/** The summary block: one line per step, its notes, then the totals line CI reads. */
export function formatSummary(results: StepResult[]): { lines: string[]; totals: string } {
  const lines = ["", "=== summary"];
  for (const r of results) {
    if (r.notRun) {
      lines.push(`--   ${r.name}: not run (an earlier step failed)`);
      continue;
    }
    lines.push(
      `${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)} s)${r.detail ? `: ${r.detail}` : ""}`,
    );
    for (const note of r.notes ?? []) lines.push(`     ${note}`);
  }
  const tests = results.reduce(
    (sum, r) => (r.tests ? addCounts(sum, r.tests) : sum),
    emptyCounts(),
  );
  const failedSteps = results.filter((r) => !r.ok && !r.notRun).length;
  const notRun = results.filter((r) => r.notRun).length;
  const passedSteps = results.length - failedSteps - notRun;
  lines.push(
    `steps: ${passedSteps} passed, ${failedSteps} failed${notRun ? `, ${notRun} not run` : ""}`,
  );
  return { lines, totals: `tests: ${countsLine(tests)}` };
}
