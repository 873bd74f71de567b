import { seedDatabase } from "@claimdesk/core/seed";
import { migrateDatabase } from "@claimdesk/db/migrate";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";

export const dbSetupCommand: Command = {
  name: "db setup",
  summary: "Apply migrations and load the demo data (idempotent)",
  usage: "claimdesk db setup [--no-seed]",
  async run(args, ctx) {
    const { values } = parseCommandArgs(args, { "no-seed": { type: "boolean" } }, this.usage);
    await ctx.withDb(async (db) => {
      await migrateDatabase(process.env.DATABASE_URL!);
      if (!values["no-seed"]) await seedDatabase(db, ctx.err);
    });
    return 0;
  },
};

export const dbMigrateCommand: Command = {
  name: "db migrate",
  summary: "Apply committed migrations",
  usage: "claimdesk db migrate",
  async run(_args, ctx) {
    await ctx.withDb(async () => migrateDatabase(process.env.DATABASE_URL!));
    return 0;
  },
};
