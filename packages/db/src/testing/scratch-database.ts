import {
  cloneTemplateDatabase,
  dropDatabase,
  ensureTemplateDatabase,
  withDatabase,
} from "./template.ts";

/** A throwaway database of a benchmark or evaluation script. */
export interface ScratchDatabase {
  name: string;
  /** Its connection URL. */
  url: string;
  /** Drops it (every connection to it is closed first). */
  drop(): Promise<void>;
}

/**
 * A migrated database named `name` on the PostgreSQL server of `serverUrl` (any database URL on
 * that server), cloned from the migrated template like the tests' databases. With `reuse`, an
 * existing database of that name (one a previous run kept) is used as it is. The benchmark and
 * evaluation scripts' one way to get a database of their own; they `drop()` it when done unless
 * asked to keep it.
 */
export async function createScratchDatabase(
  serverUrl: string,
  name: string,
  options: { reuse?: boolean } = {},
): Promise<ScratchDatabase> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad scratch database name ${name}`);
  const adminUrl = withDatabase(serverUrl, "postgres");
  const url = options.reuse
    ? withDatabase(serverUrl, name)
    : await cloneTemplateDatabase(adminUrl, await ensureTemplateDatabase(adminUrl), name);
  return { name, url, drop: () => dropDatabase(adminUrl, name) };
}
