// Writes a new migration by diffing the committed schema (git HEAD) against the working copy.
// `prisma migrate dev` cannot run with the JS schema engine (it needs a shadow database), so this
// is the supported way to author migrations here. See docs/decisions/002-writing-migrations.md.
//
//   pnpm db:migration add_feed_errors
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { findRepoRoot } from "../src/repo-root.ts";
import { resolveDatabase } from "../src/resolve-database-url.ts";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = join(packageDir, "prisma/schema.prisma");
const migrationsDir = join(packageDir, "prisma/migrations");

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: pnpm db:migration <snake_case_name>");
  process.exit(2);
}

const root = findRepoRoot();
const relSchema = relative(root, schemaPath);
const scratch = mkdtempSync(join(tmpdir(), "claimdesk-migration-"));
const previous = join(scratch, "previous.prisma");
let fromArgs: string[];
try {
  const committed = execFileSync("git", ["show", `HEAD:${relSchema}`], {
    cwd: root,
    encoding: "utf8",
  });
  writeFileSync(previous, committed);
  fromArgs = ["--from-schema-datamodel", previous];
} catch {
  fromArgs = ["--from-empty"];
}

const database = await resolveDatabase({ log: (line) => console.error(line) });
const diff = spawnSync(
  process.execPath,
  [
    join(packageDir, "node_modules/prisma/build/index.js"),
    "migrate",
    "diff",
    ...fromArgs,
    "--to-schema-datamodel",
    schemaPath,
    "--script",
  ],
  { cwd: packageDir, encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url } },
);
await database.release();
if (diff.status !== 0) {
  console.error(diff.stderr || diff.stdout);
  process.exit(1);
}
const sql = diff.stdout;
if (!sql.trim() || sql.includes("This is an empty migration")) {
  console.log("The schema matches the committed one: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const existing = readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory());
const dir = join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
console.log(
  `Wrote ${relative(root, dir)}/migration.sql (${existing.length + 1} migrations in all).`,
);
console.log("Review it, add any raw SQL Prisma cannot express, then commit it with the schema.");
