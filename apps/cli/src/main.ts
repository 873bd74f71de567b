import { join } from "node:path";
import {
  DatabaseUnavailableError,
  type Db,
  disconnectDb,
  findRepoRoot,
  getDb,
} from "@claimdesk/db";
import { resolveDatabase } from "@claimdesk/db/database-url";
import { EnvError, loadDotEnv } from "@claimdesk/env";
import type { Services } from "@claimdesk/jobs/services";
import { type CommandContext, CommandError, UsageError } from "./command.ts";
import { commands, loadCommand } from "./commands/index.ts";
import { exitWhenFlushed } from "./exit-when-flushed.ts";

async function help(): Promise<string> {
  const all = await Promise.all(commands.map(loadCommand));
  const width = Math.max(...all.map((c) => c.name.length));
  return [
    "claimdesk: claim verification for fact-checking desks",
    "",
    "Usage: pnpm claimdesk <command> [options]",
    "",
    "Commands:",
    ...all.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `pnpm claimdesk <command> --help` for a command's options.",
    "With no DATABASE_URL, commands use this checkout's embedded PostgreSQL (./.data/postgres;",
    "as root /var/lib/claimdesk/<id>/postgres, see the README).",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  loadDotEnv(join(findRepoRoot(), ".env"));
  // `pnpm claimdesk` runs in the repo root; resolve file arguments from where it was typed.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    process.stdout.write(`${await help()}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  // Longest match first, so "feeds add" wins over "feeds".
  const sorted = [...commands].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length);
  const entry = sorted.find((c) => {
    const words = c.name.split(" ");
    return words.every((w, i) => argv[i] === w);
  });
  if (!entry) {
    process.stderr.write(`claimdesk: unknown command "${argv[0]}"\n\n${await help()}\n`);
    return 2;
  }
  const command = await loadCommand(entry);
  const args = argv.slice(command.name.split(" ").length);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  const release: (() => Promise<void>)[] = [];
  // This run's services, built once on first use (the same createServices as the web server's
  // and the worker's); a producer queue only: the worker takes the jobs.
  let services: Services | undefined;
  const ctx: CommandContext = {
    async withDb<T>(fn: (db: Db) => Promise<T>) {
      const database = await resolveDatabase({ log: (line) => process.stderr.write(`${line}\n`) });
      release.push(database.release);
      return fn(getDb());
    },
    withServices(fn, options = {}) {
      return ctx.withDb(async (db) => {
        // Imported here: the job queue and the services are not loaded for commands without them.
        const { createServices } = await import("@claimdesk/jobs/services");
        services ??= createServices(
          { ...process.env, ...options.searchEnv, DATABASE_URL: process.env.DATABASE_URL ?? "" },
          { db, queue: { supervise: false, max: 2 } },
        );
        return fn(services);
      });
    },
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  };
  try {
    return (await command.run(args, ctx)) ?? 0;
  } finally {
    await services?.close();
    await disconnectDb();
    for (const fn of release) await fn();
  }
}

main(process.argv.slice(2)).then(exitWhenFlushed, (error) => {
  if (
    error instanceof UsageError ||
    error instanceof CommandError ||
    error instanceof EnvError ||
    error instanceof DatabaseUnavailableError
  ) {
    process.stderr.write(`claimdesk: ${error.message}\n`);
    exitWhenFlushed(error instanceof UsageError ? 2 : 1);
    return;
  }
  process.stderr.write(`claimdesk: ${error?.stack ?? error}\n`);
  exitWhenFlushed(1);
});
