import type { Command } from "../command.ts";
import { claimreviewExportCommand, claimreviewImportCommand } from "./claimreview.ts";
import { dbMigrateCommand, dbSetupCommand } from "./db.ts";
import { extractCommand } from "./extract.ts";
import { feedsCommands } from "./feeds.ts";
import { importLiarCommand } from "./import-liar.ts";
import { ingestCommand } from "./ingest.ts";
import { jobsCommand } from "./jobs.ts";
import { matchCommand } from "./match.ts";
import { reindexCommand } from "./reindex.ts";
import { searchCommand } from "./search.ts";
import { startCommand } from "./start.ts";
import { testCommand } from "./test.ts";
import { verifyIndexCommand } from "./verify-index.ts";

/** Every CLI command. Add new ones here (one file per command or command group). */
export const commands: Command[] = [
  startCommand,
  testCommand,
  extractCommand,
  dbSetupCommand,
  dbMigrateCommand,
  searchCommand,
  matchCommand,
  importLiarCommand,
  reindexCommand,
  claimreviewImportCommand,
  claimreviewExportCommand,
  ingestCommand,
  ...feedsCommands,
  jobsCommand,
  verifyIndexCommand,
];
