import type { Command } from "../command.ts";

/**
 * A command by name, its module imported only when it is needed: the packages each command
 * imports (Prisma-backed publishing and ingest, the job queue, the extraction pipeline…) cost
 * about a second of start-up together, which `claimdesk match` over a file paid on every run
 * (decision 022). `load` resolves to the command called `name` (commands.test.ts checks).
 */
export interface CommandEntry {
  name: string; // "search", or "feeds add" for a sub-command
  load(): Promise<Command>;
}

/** Every CLI command, in the order help lists them. Add new ones here (one file per command or command group). */
export const commands: CommandEntry[] = [
  { name: "start", load: async () => (await import("./start.ts")).startCommand },
  { name: "test", load: async () => (await import("./test.ts")).testCommand },
  { name: "extract", load: async () => (await import("./extract.ts")).extractCommand },
  { name: "db setup", load: async () => (await import("./db.ts")).dbSetupCommand },
  { name: "db migrate", load: async () => (await import("./db.ts")).dbMigrateCommand },
  { name: "search", load: async () => (await import("./search.ts")).searchCommand },
  { name: "match", load: async () => (await import("./match.ts")).matchCommand },
  { name: "import liar", load: async () => (await import("./import-liar.ts")).importLiarCommand },
  { name: "reindex", load: async () => (await import("./reindex.ts")).reindexCommand },
  {
    name: "claimreview import",
    load: async () => (await import("./claimreview.ts")).claimreviewImportCommand,
  },
  {
    name: "claimreview export",
    load: async () => (await import("./claimreview.ts")).claimreviewExportCommand,
  },
  { name: "ingest", load: async () => (await import("./ingest.ts")).ingestCommand },
  { name: "feeds add", load: async () => (await import("./feeds.ts")).feedsAddCommand },
  { name: "feeds list", load: async () => (await import("./feeds.ts")).feedsListCommand },
  { name: "feeds poll", load: async () => (await import("./feeds.ts")).feedsPollCommand },
  { name: "jobs", load: async () => (await import("./jobs.ts")).jobsCommand },
  {
    name: "verify-index",
    load: async () => (await import("./verify-index.ts")).verifyIndexCommand,
  },
];

/** The command an entry names, loaded; throws if the module's command has another name. */
export async function loadCommand(entry: CommandEntry): Promise<Command> {
  const command = await entry.load();
  if (command.name !== entry.name) {
    throw new Error(`command "${entry.name}" loads a command named "${command.name}"`);
  }
  return command;
}
