import { join } from "node:path";
import { assertDatabaseReachable } from "./check-connection.ts";
import { ensureEmbeddedPostgres } from "./embedded-postgres.ts";
import { readDatabaseEnv } from "./env.ts";
import { dataDir } from "./repo-root.ts";

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  /** the embedded server's data directory (as root not in the checkout: decision 003) */
  dataDir?: string;
  /** Stops the embedded server if this process started it; otherwise does nothing. */
  release(): Promise<void>;
}

/**
 * DATABASE_URL when set (checked reachable), otherwise this checkout's embedded PostgreSQL
 * (started if needed). Sets process.env.DATABASE_URL so the client and child processes see it.
 */
export async function resolveDatabase(
  options: { log?: (line: string) => void } = {},
): Promise<ResolvedDatabase> {
  const env = readDatabaseEnv();
  if (env.DATABASE_URL) {
    await assertDatabaseReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, release: async () => {} };
  }
  const handle = await ensureEmbeddedPostgres({
    dir: join(dataDir(env.CLAIMDESK_DATA_DIR), "postgres"),
    port: env.CLAIMDESK_EMBEDDED_PG_PORT,
    log: options.log,
  });
  process.env.DATABASE_URL = handle.url;
  return { url: handle.url, embedded: true, dataDir: handle.dataDir, release: handle.stop };
}
