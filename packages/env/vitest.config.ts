import { defineTestConfig } from "@claimdesk/test-config/vitest";

export default defineTestConfig();
