import { findRepoRoot } from "@claimdesk/db";
import { resolveDatabase } from "@claimdesk/db/database-url";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { formatSummary, runTestSuite } from "../test-run/run-suite.ts";

/**
 * The whole test suite, as CI runs it: format and lint, a canary proving a failing Vitest test
 * fails the run, typecheck, unit and integration tests (each database-backed test file gets its
 * own database cloned from a migrated template), the browser tests in Chromium and their canary.
 * With --image-node (CI), the unit and integration suites run once more on the Node.js of the
 * production images (infra/docker). One PostgreSQL serves them all: DATABASE_URL's server, or
 * this checkout's embedded one.
 */
export const testCommand: Command = {
  name: "test",
  summary: "Run the whole test suite (lint, typecheck, unit, integration, browser)",
  usage: "claimdesk test [--skip-e2e] [--image-node]",
  async run(args, ctx) {
    const { values } = parseCommandArgs(
      args,
      { "skip-e2e": { type: "boolean" }, "image-node": { type: "boolean" } },
      this.usage,
    );
    const root = findRepoRoot();
    const database = await resolveDatabase({ log: ctx.err });
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      TURBO_TELEMETRY_DISABLED: "1",
      DO_NOT_TRACK: "1",
    };
    let results: ReturnType<typeof runTestSuite>;
    try {
      results = runTestSuite({
        root,
        env,
        skipE2e: values["skip-e2e"] === true,
        imageNode: values["image-node"] === true,
        log: ctx.err,
      });
    } finally {
      await database.release();
    }
    const { lines, totals } = formatSummary(results);
    for (const line of lines) ctx.err(line);
    ctx.out(totals);
    return results.every((r) => r.ok) ? 0 : 1;
  },
};
