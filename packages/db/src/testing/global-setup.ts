// Vitest globalSetup for database-backed suites: finds a PostgreSQL (DATABASE_URL, or this
// checkout's embedded one), and makes sure a migrated template database exists. Each test file
// then clones its own database from it (setup-database.ts), so suites run in parallel.
import { randomBytes } from "node:crypto";
import { resolveDatabase } from "../resolve-database-url.ts";
import { dropRunDatabases, ensureTemplateDatabase, withDatabase } from "./template.ts";

export default async function setup() {
  const database = await resolveDatabase({ log: (line) => console.log(line) });
  const adminUrl = withDatabase(database.url, "postgres");
  const template = await ensureTemplateDatabase(adminUrl);
  process.env.CLAIMDESK_TEST_ADMIN_URL = adminUrl;
  process.env.CLAIMDESK_TEST_TEMPLATE = template;
  // Every database this run clones is named after it, so the teardown can drop the ones a file
  // could not: a file whose tests are all skipped never runs its afterAll hooks.
  const run = randomBytes(4).toString("hex");
  process.env.CLAIMDESK_TEST_RUN = run;
  return async () => {
    await dropRunDatabases(adminUrl, run);
    await database.release();
  };
}
