import { fileURLToPath } from "node:url";
import { defineTestConfig } from "@claimdesk/test-config/vitest";

export default defineTestConfig({
  database: true,
  // The app's `~/` imports (tsconfig paths), as the Remix build resolves them.
  alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
});
