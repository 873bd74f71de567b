import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";

const bin = join(dirname(fileURLToPath(import.meta.url)), "../bin/claimdesk.mjs");

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each CLI run has its own limit (spawnSync's 60 s above), so a hang fails there. A test's own
// limit only has to exceed the sum of its runs: a test that starts the CLI four times needs
// more than 20 s on a loaded 2-core machine, and that is not a behaviour to test.
describe("claimdesk CLI", { timeout: 300_000 }, () => {
  it("lists its commands with --help", () => {
    const { code, stdout } = cli(["--help"]);
    expect(code).toBe(0);
    for (const name of ["start", "test", "extract", "db setup"])
      expect(stdout).toContain(`  ${name}`);
  });

  it("stops with one line naming the problem when DATABASE_URL points at a closed port", () => {
    const { code, stderr } = cli(["start", "--no-build"], {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/claimdesk",
    });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      "claimdesk: cannot reach PostgreSQL at 127.0.0.1:1/claimdesk (connection refused); check DATABASE_URL",
    ]);
  });

  it("rejects a DATABASE_URL that is not a postgres URL in one line", () => {
    const { code, stderr } = cli(["db", "migrate"], { DATABASE_URL: "mysql://root@localhost/x" });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      "claimdesk: invalid configuration: DATABASE_URL: must be a postgres:// or postgresql:// URL",
    );
  });

  it("reports an unknown command and a missing file without a stack trace", () => {
    const unknown = cli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const missing = cli(["extract", "/nonexistent/file.txt", "--json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      "claimdesk: cannot read /nonexistent/file.txt: no such file",
    );
  });

  it("match answers one JSON line per input line, the file given first or after flags", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimdesk-match-"));
    const file = join(dir, "statements.txt");
    writeFileSync(file, "Crime doubled in 2024\n\nThe bridge carries 62,000 cars a day\n");
    for (const args of [
      ["match", file],
      ["match", "--limit", "2", file],
    ]) {
      const { code, stdout, stderr } = cli(args);
      expect(code, stderr).toBe(0);
      const lines = stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.query)).toEqual([
        "Crime doubled in 2024",
        "",
        "The bridge carries 62,000 cars a day",
      ]);
      for (const line of lines) expect(Array.isArray(line.hits)).toBe(true);
      expect(lines[1].error).toBe("empty statement");
    }
    expect(cli(["match", "--limit", "0", file]).stderr).toContain("--limit must be a whole number");
  });

  it("match answers bad lines with a per-line error and goes on with the batch", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimdesk-match-bad-"));
    const file = join(dir, "bad.txt");
    const lines = [
      "x".repeat(100 * 1024),
      "\u0000\u0001PK\u0003\u0004 binary",
      "日本の首相は新しい税金を発表しました",
      "The bridge carries 62,000 cars a day",
    ];
    writeFileSync(file, `${lines.join("\n")}\n`);
    const { code, stdout, stderr } = cli(["match", file]);
    expect(code, stderr).toBe(0);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].error).toMatch(/too long/);
    expect(out[0].query.length).toBeLessThan(2000);
    expect(out[1].error).toMatch(/binary/);
    expect(out[2].hits).toEqual([]);
    expect(out[3].error).toBeUndefined();
  });

  it("match answers a 2,000-line batch in full through a pipe", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimdesk-match-pipe-"));
    const file = join(dir, "many.txt");
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `Statement ${i}: the council spent ${i} million on roads, ${"more words ".repeat(20)}`,
    );
    writeFileSync(file, `${lines.join("\n")}\n`);
    const { code, stdout, stderr } = cli(["match", file, "--limit", "1"]);
    expect(code, stderr).toBe(0);
    const out = stdout.trim().split("\n");
    expect(out).toHaveLength(2000);
    expect(JSON.parse(out.at(-1) ?? "{}").query).toBe(lines.at(-1));
  });

  it("match stops with one line when the database has no claimdesk tables", async () => {
    const db = getDb();
    const name = `claimdesk_cli_empty_${process.pid}`;
    await db.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${name}`);
    await db.$executeRawUnsafe(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(process.env.DATABASE_URL ?? "");
      url.pathname = `/${name}`;
      const dir = mkdtempSync(join(tmpdir(), "claimdesk-match-empty-"));
      const file = join(dir, "one.txt");
      writeFileSync(file, "Crime doubled in 2024\nThe bridge carries 62,000 cars a day\n");
      const { code, stdout, stderr } = cli(["match", file], {
        DATABASE_URL: url.toString(),
        CLAIMDESK_MATCH_SNAPSHOT_DIR: "off",
      });
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.trim()).toBe(
        "claimdesk: cannot load the archive of checked claims: the database has no claimdesk tables (run `claimdesk db migrate`)",
      );
    } finally {
      await db.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });

  it("extracts an article file as one JSON object with offsets into the file", () => {
    const file = join(
      dirname(fileURLToPath(import.meta.url)),
      "../../../packages/core/src/seed/demo-articles/clinic-vaccination-rates.txt",
    );
    const { code, stdout } = cli(["extract", file, "--json"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.title).toBe("Vaccination Rates Climb at Rural Clinics, Health Officials Say");
    const chen = parsed.statements.find((s: { text: string }) =>
      s.text.startsWith("These numbers are the direct result"),
    );
    expect(chen).toMatchObject({ kind: "direct_quote", speaker: "Maria Chen" });
    expect(parsed.speakers).toContain("James Whitfield");
  });

  it("feeds poll queues a poll job for the worker, for one feed or all, and names a wrong id", async () => {
    const none = cli(["feeds", "poll"]);
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe("claimdesk: no feeds to poll: claimdesk feeds add <url>");

    const feed = await getDb().feed.create({
      data: { url: `https://news.example.org/rss-${Date.now()}.xml`, title: "Example news" },
    });
    const one = cli(["feeds", "poll", feed.id, "--json"]);
    expect(one.stderr).not.toContain("Error");
    expect(one.code).toBe(0);
    const queued = JSON.parse(one.stdout) as { jobId: string; feedId: string };
    expect(queued.feedId).toBe(feed.id);
    const all = cli(["feeds", "poll"]);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^queued feeds-poll job [0-9a-f-]{36} for every enabled feed/);

    const jobs = await getDb().$queryRawUnsafe<
      { id: string; data: { v: number; feedId?: string } }[]
    >("select id::text, data from pgboss.job where name = 'feeds-poll' order by created_on");
    expect(jobs.map((j) => j.data)).toEqual([{ v: 1, feedId: feed.id }, { v: 1 }]);
    expect(jobs[0]!.id).toBe(queued.jobId);

    const wrong = cli(["feeds", "poll", "no-such-feed"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe(
      "claimdesk: no feed no-such-feed: claimdesk feeds list shows the feeds' ids",
    );
  });
});
