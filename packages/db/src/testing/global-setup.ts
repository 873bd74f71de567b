// Vitest globalSetup for database-backed suites: finds a PostgreSQL (DATABASE_URL, or this
// checkout's embedded one), and makes sure a migrated template database exists. Each test file
// then clones its own database from it (setup-database.ts), so suites run in parallel.
import { resolveDatabase } from "../resolve-database-url.ts";
import { ensureTemplateDatabase, withDatabase } from "./template.ts";

export default async function setup() {
  const database = await resolveDatabase({ log: (line) => console.log(line) });
  const adminUrl = withDatabase(database.url, "postgres");
  const template = await ensureTemplateDatabase(adminUrl);
  process.env.CLAIMDESK_TEST_ADMIN_URL = adminUrl;
  process.env.CLAIMDESK_TEST_TEMPLATE = template;
  return async () => {
    await database.release();
  };
}
