import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DEMO_USERS, seedDatabase } from "@claimdesk/core/seed";
import { findRepoRoot, getDb } from "@claimdesk/db";
import { resolveDatabase } from "@claimdesk/db/database-url";
import { migrateDatabase } from "@claimdesk/db/migrate";
import { parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";
import { resolveBin } from "../resolve-bin.ts";

/**
 * Runs the product: database (DATABASE_URL or the embedded one), migrations, demo data, then the
 * web app and the worker together. Ctrl-C stops everything, the embedded database last.
 */
export const startCommand: Command = {
  name: "start",
  summary: "Run the product: database, migrations, demo data, web app and worker",
  usage: "claimdesk start [--no-seed] [--no-build]",
  async run(args, ctx) {
    const { values } = parseCommandArgs(
      args,
      { "no-seed": { type: "boolean" }, "no-build": { type: "boolean" } },
      this.usage,
    );
    const root = findRepoRoot();
    const port = Number(process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new UsageError(`PORT: "${process.env.PORT}" is not a port number`);
    const database = await resolveDatabase({ log: ctx.err });
    ctx.err(
      database.embedded
        ? `database: embedded PostgreSQL (${database.dataDir})`
        : "database: DATABASE_URL",
    );
    await migrateDatabase(database.url);
    if (!values["no-seed"]) await seedDatabase(getDb(), ctx.err);
    await getDb().$disconnect();

    const webDir = join(root, "apps/web");
    if (!values["no-build"] || !existsSync(join(webDir, "build/server/index.js"))) {
      ctx.err("web: building (cached after the first time) …");
      const turbo = resolveBin(root, "turbo", "bin/turbo");
      const build = spawnSync(
        process.execPath,
        [turbo, "run", "build", "--filter=@claimdesk/web", "--output-logs=errors-only"],
        {
          cwd: root,
          stdio: ["ignore", "inherit", "inherit"],
          env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
        },
      );
      if (build.error)
        throw new Error(`could not run turbo to build the web app: ${build.error.message}`);
      if (build.status !== 0) throw new Error("the web build failed (see above)");
    }

    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NODE_ENV: "production",
      PORT: String(port),
      // A local desk: loopback only (the demo passwords are printed below) unless HOST says
      // otherwise, and the address it is opened at as the public origin (the production server
      // refuses to start without one).
      HOST: process.env.HOST ?? "127.0.0.1",
      PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`,
    };
    const children: ChildProcess[] = [];
    // Resolves when the child has exited, or could not be started at all (then it never exits).
    const ended = new Map<ChildProcess, Promise<number | null>>();
    const launch = (name: string, cmd: string, cmdArgs: string[], cwd: string) => {
      const child = spawn(cmd, cmdArgs, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
      ended.set(
        child,
        new Promise((resolve) => {
          child.once("exit", (code) => resolve(code));
          child.once("error", (error) => {
            ctx.err(`${name}: could not start ${cmd}: ${error.message}`);
            resolve(1);
          });
        }),
      );
      const prefix = (chunk: Buffer) =>
        chunk
          .toString()
          .split("\n")
          .filter(Boolean)
          .map((line) => `[${name}] ${line}\n`)
          .join("");
      child.stdout?.on("data", (c: Buffer) => process.stdout.write(prefix(c)));
      child.stderr?.on("data", (c: Buffer) => process.stderr.write(prefix(c)));
      children.push(child);
      return child;
    };
    const workerDir = join(root, "apps/worker");
    // node --import tsx, not the tsx CLI, which would run the program as its own child: signals
    // then reach the program itself and nothing is left running on shutdown.
    const tsxLoader = createRequire(join(workerDir, "package.json")).resolve("tsx");
    // The web app's production server: one process per core (WEB_CONCURRENCY), apps/web/server.ts.
    launch("web", process.execPath, ["--import", tsxLoader, "server.ts"], webDir);
    launch("worker", process.execPath, ["--import", tsxLoader, "src/main.ts"], workerDir);

    const origin = process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`;
    ctx.err(
      [
        "",
        `claimdesk is running: open ${origin}`,
        "Demo logins (local only):",
        ...DEMO_USERS.map((u) => `  ${u.role.padEnd(8)} ${u.email} / ${u.password}`),
        "Press Ctrl-C to stop.",
        "",
      ].join("\n"),
    );

    return new Promise<number>((resolve) => {
      let exiting = false;
      const stopAll = (code: number) => {
        if (exiting) return;
        exiting = true;
        for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
        const timer = setTimeout(() => {
          for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
        }, 25_000);
        Promise.all(children.map((c) => ended.get(c))).then(async () => {
          clearTimeout(timer);
          await database.release();
          resolve(code);
        });
      };
      process.on("SIGINT", () => stopAll(0));
      process.on("SIGTERM", () => stopAll(0));
      for (const child of children) {
        ended.get(child)?.then((code) => {
          if (!exiting) {
            ctx.err(`a process exited (code ${code}); stopping the others`);
            stopAll(code ?? 1);
          }
        });
      }
    });
  },
};
