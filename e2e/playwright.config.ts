import {
  CANARY_ENV,
  PLAYWRIGHT_CANARY_REPORT_FILE,
  PLAYWRIGHT_REPORT_FILE,
} from "@claimdesk/test-config/report-paths";
import { defineConfig } from "@playwright/test";

// `claimdesk test` also runs canary/fails.canary.ts alone, through this same configuration and
// global setup, and fails the run unless Playwright exits non-zero with that one test failed.
const canary = process.env[CANARY_ENV] === "1";

/**
 * Browser journeys against the real stack: global-setup makes a fresh database, builds the web
 * app when needed and starts the web server (apps/web/server.ts) and the worker on free ports (see support/stack.ts).
 */
export default defineConfig({
  testDir: ".",
  testMatch: canary ? "canary/*.canary.ts" : "**/*.spec.ts",
  outputDir: "artifacts/results",
  globalSetup: "./support/global-setup.ts",
  globalTeardown: "./support/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: canary
    ? [["list"], ["json", { outputFile: PLAYWRIGHT_CANARY_REPORT_FILE }]]
    : [
        ["list"],
        ["html", { outputFolder: "artifacts/report", open: "never" }],
        ["json", { outputFile: PLAYWRIGHT_REPORT_FILE }],
      ],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
