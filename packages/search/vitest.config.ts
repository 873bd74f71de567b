import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["@claimdesk/db/testing/global-setup"],
    setupFiles: ["@claimdesk/db/testing/setup-database"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
