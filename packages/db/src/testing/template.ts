import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { migrateDatabase } from "../migrate.ts";

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

/** A name that changes whenever a migration is added or edited, so stale templates are never used. */
export function templateName(): string {
  const hash = createHash("sha256");
  for (const entry of readdirSync(migrationsDir).sort()) {
    if (entry.endsWith(".toml")) continue;
    hash.update(entry);
    hash.update(readFileSync(join(migrationsDir, entry, "migration.sql")));
  }
  return `claimdesk_tpl_${hash.digest("hex").slice(0, 12)}`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Creates (once per migration set) a migrated template database next to `adminUrl`. Safe when
 * several processes race: the first creates it under an advisory lock, the others wait.
 */
export async function ensureTemplateDatabase(adminUrl: string): Promise<string> {
  const name = templateName();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('claimdesk_test_template'))");
    const found = await client.query("select datistemplate from pg_database where datname = $1", [
      name,
    ]);
    if (found.rowCount === 0 || !found.rows[0].datistemplate) {
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.query(`create database "${name}"`);
      await migrateDatabase(withDatabase(adminUrl, name), { quiet: true });
      await client.query(`alter database "${name}" with is_template true allow_connections false`);
    }
    await client.query("select pg_advisory_unlock(hashtext('claimdesk_test_template'))");
  } finally {
    await client.end();
  }
  return name;
}

/** Clones the template into a fresh database and returns its URL. */
export async function cloneTemplateDatabase(adminUrl: string, template: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}" template "${template}"`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

/** Drops every database cloned for test run `run` (claimdesk_test_<run>_…) that is still there. */
export async function dropRunDatabases(adminUrl: string, run: string): Promise<void> {
  if (!/^[0-9a-f]+$/.test(run)) throw new Error(`bad test run id ${run}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const left = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`claimdesk_test_${run}_%`],
    );
    for (const { datname } of left.rows) {
      await client.query(`drop database if exists "${datname}" with (force)`);
    }
  } finally {
    await client.end();
  }
}
