import { registerBackendConformance } from "./conformance.ts";
import { EmbeddedSearchBackend } from "./embedded/embedded-backend.ts";

// Runs against this test file's own database (cloned from the migrated template).
registerBackendConformance("embedded PostgreSQL", async () => {
  return new EmbeddedSearchBackend(process.env.DATABASE_URL!);
});
