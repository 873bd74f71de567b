import { readFileSync } from "node:fs";
import { createSearchBackend, matchClaims, toCliHit } from "@claimdesk/search";
import { type Command, UsageError } from "../command.ts";

export const matchCommand: Command = {
  name: "match",
  summary: "Match statements (one per line) against earlier fact-checks, one JSON line each",
  usage: "claimdesk match <file> [--limit N]",
  async run(args, ctx) {
    const limitAt = args.indexOf("--limit");
    const limit = limitAt === -1 ? 5 : Number(args[limitAt + 1]);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw new UsageError("--limit must be a whole number from 1 to 100");
    }
    const file = args.find((a, i) => !a.startsWith("--") && i !== limitAt + 1);
    if (!file) throw new UsageError(`match needs a file: ${this.usage}`);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === "") lines.pop();
    await ctx.withDb(async () => {
      const backend = createSearchBackend();
      try {
        for (const line of lines) {
          const query = line.trim();
          const hits = query ? await matchClaims(backend, query, { limit }) : [];
          ctx.out(JSON.stringify({ query: line, hits: hits.map(toCliHit) }));
        }
      } finally {
        await backend.close();
      }
    });
    return 0;
  },
};
