import { EmbeddedSearchBackend } from "./embedded/embedded-backend.ts";
import { registerBackendConformance } from "./testing/conformance.ts";

// Runs against this test file's own database (cloned from the migrated template). The memory
// engine (the default) answers from this process's copy of the index; embedded-sql.integration
// runs the same suite on the SQL engine.
registerBackendConformance("embedded PostgreSQL, memory engine", async () => {
  return new EmbeddedSearchBackend(process.env.DATABASE_URL!, { engine: "memory" });
});
