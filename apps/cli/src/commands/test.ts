import { spawnSync } from "node:child_process";
import { findRepoRoot } from "@claimdesk/db";
import { resolveDatabase } from "@claimdesk/db/database-url";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { resolveBin } from "../resolve-bin.ts";

/**
 * The whole test suite, as CI runs it: format and lint, typecheck, unit and integration tests
 * (each database-backed test file gets its own database cloned from a migrated template), then
 * the browser tests in Chromium. One PostgreSQL serves them all: DATABASE_URL's server, or this
 * checkout's embedded one, started once here.
 */
export const testCommand: Command = {
  name: "test",
  summary: "Run the whole test suite (lint, typecheck, unit, integration, browser)",
  usage: "claimdesk test [--skip-e2e]",
  async run(args, ctx) {
    const { values } = parseCommandArgs(args, { "skip-e2e": { type: "boolean" } }, this.usage);
    const root = findRepoRoot();
    const bin = (pkg: string, rel: string) => resolveBin(root, pkg, rel);
    const database = await resolveDatabase({ log: ctx.err });
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      TURBO_TELEMETRY_DISABLED: "1",
      DO_NOT_TRACK: "1",
    };
    const steps: { name: string; cmd: string[] }[] = [
      { name: "format and lint (biome)", cmd: [bin("@biomejs/biome", "bin/biome"), "check", "."] },
      {
        name: "typecheck, unit and integration tests (turbo)",
        cmd: [
          bin("turbo", "bin/turbo"),
          "run",
          "typecheck",
          "test",
          "--concurrency=2",
          "--output-logs=new-only",
        ],
      },
    ];
    if (!values["skip-e2e"]) {
      steps.push({
        name: "browser tests (Playwright, Chromium)",
        cmd: [bin("turbo", "bin/turbo"), "run", "test:e2e", "--output-logs=full"],
      });
    }
    const results: { name: string; ok: boolean; seconds: number }[] = [];
    try {
      for (const step of steps) {
        ctx.err(`\n=== ${step.name}`);
        const started = Date.now();
        const [cmd, ...cmdArgs] = step.cmd;
        const run = spawnSync(process.execPath, [cmd!, ...cmdArgs], {
          cwd: root,
          stdio: "inherit",
          env,
        });
        results.push({
          name: step.name,
          ok: run.status === 0,
          seconds: (Date.now() - started) / 1000,
        });
        if (run.status !== 0) break;
      }
    } finally {
      await database.release();
    }
    ctx.err("\n=== summary");
    for (const r of results)
      ctx.err(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)} s)`);
    const failed = results.filter((r) => !r.ok).length + (steps.length - results.length);
    ctx.out(
      `steps: ${results.length - results.filter((r) => !r.ok).length} passed, ${failed} failed`,
    );
    return failed === 0 ? 0 : 1;
  },
};
