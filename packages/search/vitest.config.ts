import { defineTestConfig } from "@claimdesk/test-config/vitest";

export default defineTestConfig({ database: true, testTimeout: 30_000 });
