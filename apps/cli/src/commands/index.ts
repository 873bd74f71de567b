import type { Command } from "../command.ts";
import { dbMigrateCommand, dbSetupCommand } from "./db.ts";
import { extractCommand } from "./extract.ts";

/** Every CLI command. Add new ones here (one file per command or command group). */
export const commands: Command[] = [extractCommand, dbSetupCommand, dbMigrateCommand];
