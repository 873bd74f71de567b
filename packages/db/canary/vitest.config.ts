// The canary's configuration: the same one every database-backed package uses (global setup that
// starts or finds PostgreSQL, per-file cloned databases, reporters). `claimdesk test` runs it and
// fails the whole run if the failing test below does not make Vitest exit non-zero.
import { defineTestConfig } from "@claimdesk/test-config/vitest";

export default defineTestConfig({ database: true, include: ["*.canary.ts"] });
