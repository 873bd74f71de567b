// Applies committed migrations to DATABASE_URL (or the embedded database).
import { migrateDatabase } from "../src/migrate.ts";
import { resolveDatabase } from "../src/resolve-database-url.ts";

const database = await resolveDatabase({ log: (line) => console.error(line) });
try {
  await migrateDatabase(database.url);
} finally {
  await database.release();
}
