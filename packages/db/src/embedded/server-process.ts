// Running the packaged initdb and postgres: every program started here reports its failure as
// one line (DatabaseUnavailableError), and the server is stopped with this process.
import { type ChildProcess, type ChildProcessByStdio, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chownSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { DatabaseUnavailableError } from "../check-connection.ts";
import { errorText, FALLBACK, isRoot, type Layout } from "./layout.ts";

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

export async function initialise(layout: Layout): Promise<void> {
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

export async function startServer(
  layout: Layout,
  port: number,
): Promise<{ stop: () => Promise<void> }> {
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
