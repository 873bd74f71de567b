import { defineTestConfig } from "@claimdesk/test-config/vitest";

export default defineTestConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
