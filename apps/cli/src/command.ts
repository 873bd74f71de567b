import type { Db } from "@claimdesk/db";
import type { Services } from "@claimdesk/jobs/services";

/** A CLI command: a thin adapter over package functions. */
export interface Command {
  name: string; // "search", or "feeds add" for a sub-command
  summary: string;
  usage: string; // shown by --help
  run(args: string[], ctx: CommandContext): Promise<number | undefined>;
}

export interface CommandContext {
  /** Runs `fn` with a database client (DATABASE_URL, or the embedded database, started if needed). */
  withDb<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` with this run's services (createServices, built once on the database withDb
   * gives, closed when the command ends): search backend, matcher, a producer queue started on
   * first use. `searchEnv` sets search variables for this one-shot process (the first call's
   * are used).
   */
  withServices<T>(
    fn: (services: Services) => Promise<T>,
    options?: { searchEnv?: Record<string, string> },
  ): Promise<T>;
  /** Writes to stdout / stderr. Commands print JSON on stdout and everything else on stderr. */
  out(text: string): void;
  err(text: string): void;
}

/** A user error: printed as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The command cannot do its work (not the user's arguments): one line, exit code 1. */
export class CommandError extends Error {
  override name = "CommandError";
}
