import pg from "pg";

/** PostgreSQL could not be reached; the message is one line a person can act on. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "the configured address";
  }
}

/**
 * Connects once and runs `select 1`; throws DatabaseUnavailableError with the reason. A missing
 * database on a reachable server is created (so DATABASE_URL may name a new database).
 */
export async function assertDatabaseReachable(url: string, timeoutMs = 5000): Promise<void> {
  try {
    await probe(url, timeoutMs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "3D000") throw describe(url, error);
    const name = new URL(url).pathname.slice(1);
    const admin = new URL(url);
    admin.pathname = "/postgres";
    const client = new pg.Client({
      connectionString: admin.toString(),
      connectionTimeoutMillis: timeoutMs,
    });
    try {
      await client.connect();
      await client.query(`create database "${name.replaceAll('"', '""')}"`);
    } catch (createError) {
      if ((createError as NodeJS.ErrnoException).code !== "42P04") throw describe(url, error);
    } finally {
      await client.end().catch(() => {});
    }
  }
}

/** Connects once and runs `select 1`; rejects with the driver's error. */
export async function probe(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("select 1");
  } finally {
    await client.end().catch(() => {});
  }
}

function describe(url: string, error: unknown): DatabaseUnavailableError {
  const err = error as NodeJS.ErrnoException;
  const reason =
    err.code === "ECONNREFUSED"
      ? "connection refused"
      : err.code === "ENOTFOUND"
        ? "host not found"
        : err.code === "3D000"
          ? "database does not exist"
          : (err.message || String(error)).split("\n")[0];
  return new DatabaseUnavailableError(
    `cannot reach PostgreSQL at ${describeTarget(url)} (${reason}); check DATABASE_URL`,
  );
}
