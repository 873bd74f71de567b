import { EmbeddedSearchBackend } from "./embedded/embedded-backend.ts";
import { registerBackendConformance } from "./testing/conformance.ts";

// The SQL engine (SEARCH_EMBEDDED_ENGINE=sql) on this test file's own database.
registerBackendConformance("embedded PostgreSQL, SQL engine", async () => {
  return new EmbeddedSearchBackend(process.env.DATABASE_URL!, { engine: "sql" });
});
