// The one Vitest configuration of the workspace. Every package's vitest.config.ts calls
// defineTestConfig, so the reporters (the JSON report `claimdesk test` sums up), the database
// global setup and the timeouts are written once, and the canary (packages/db/canary) runs
// through exactly what the database-backed packages run. Plain JavaScript (with vitest.d.ts):
// Vitest loads config files' workspace imports with Node's own loader, which has no TypeScript.
import { defineConfig } from "vitest/config";
import { VITEST_REPORT_FILE } from "./report-paths.js";

/** @param {import("./vitest.d.ts").TestConfigOptions} [options] */
export function defineTestConfig(options = {}) {
  return defineConfig({
    ...(options.alias ? { resolve: { alias: options.alias } } : {}),
    test: {
      ...(options.include ? { include: options.include } : {}),
      ...(options.database
        ? {
            globalSetup: ["@claimdesk/db/testing/global-setup"],
            setupFiles: ["@claimdesk/db/testing/setup-database"],
          }
        : {}),
      testTimeout: options.testTimeout ?? 20_000,
      hookTimeout: options.hookTimeout ?? 60_000,
      reporters: ["default", "json"],
      outputFile: { json: VITEST_REPORT_FILE },
    },
  });
}
