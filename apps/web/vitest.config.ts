import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The app's `~/` imports (tsconfig paths), as the Remix build resolves them.
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    globalSetup: ["@claimdesk/db/testing/global-setup"],
    setupFiles: ["@claimdesk/db/testing/setup-database"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
