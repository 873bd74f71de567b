// The scratch databases of the benchmark and evaluation scripts (createScratchDatabase): migrated,
// reusable by name, dropped on request. On DATABASE_URL's server, else the embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ResolvedDatabase, resolveDatabase } from "../resolve-database-url.ts";
import { createScratchDatabase } from "./scratch-database.ts";
import { withDatabase } from "./template.ts";

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe("createScratchDatabase", () => {
  let server: ResolvedDatabase;
  let name: string;
  beforeAll(async () => {
    server = await resolveDatabase();
    // Named after DATABASE_URL's database, like the tests' databases: one prefix per checkout.
    const base = new URL(server.url).pathname.slice(1).replace(/[^a-z0-9_]/g, "_") || "claimdesk";
    name = `${base}_scratch_${randomBytes(4).toString("hex")}`;
  });
  afterAll(async () => {
    await query(
      withDatabase(server.url, "postgres"),
      `drop database if exists "${name}" with (force)`,
    );
    await server.release();
  });

  it("makes a migrated database, reuses it by name and drops it", async () => {
    const scratch = await createScratchDatabase(server.url, name);
    expect(scratch.url).toBe(withDatabase(server.url, name));
    const tables = await query<{ table_name: string }>(
      scratch.url,
      "select table_name from information_schema.tables where table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["Claim", "Statement", "OutboxEvent", "_prisma_migrations"]),
    );
    await query(scratch.url, `insert into "Outlet" (id, name) values ('scratch-outlet', 'Kept')`);

    const again = await createScratchDatabase(server.url, name, { reuse: true });
    expect(again.url).toBe(scratch.url);
    const kept = await query<{ name: string }>(again.url, `select name from "Outlet"`);
    expect(kept).toEqual([{ name: "Kept" }]);

    await again.drop();
    const left = await query(
      withDatabase(server.url, "postgres"),
      "select 1 from pg_database where datname = $1",
      [name],
    );
    expect(left).toEqual([]);
  });

  it("refuses a name it would have to quote", async () => {
    await expect(
      createScratchDatabase(server.url, 'x"; drop database postgres; --'),
    ).rejects.toThrow("bad scratch database name");
  });
});
