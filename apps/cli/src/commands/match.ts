import { createSearchBackend, matchClaims, toCliHit } from "@claimdesk/search";
import { intOption, parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";
import { readInputFile } from "../read-input-file.ts";

export const matchCommand: Command = {
  name: "match",
  summary: "Match statements (one per line) against earlier fact-checks, one JSON line each",
  usage: "claimdesk match <file> [--limit N]",
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      { limit: { type: "string" } },
      this.usage,
    );
    const limit = intOption(values.limit, "limit", { min: 1, max: 100, fallback: 5 });
    const [file] = positionals;
    if (!file || positionals.length > 1)
      throw new UsageError(`match needs one file: ${this.usage}`);
    const text = readInputFile(file, { maxBytes: 50 * 1024 * 1024, encoding: "utf8" });
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === "") lines.pop();
    await ctx.withDb(async () => {
      // One-shot: the SQL engine answers at once, where the memory engine would first load
      // the whole index (decision 007). SEARCH_EMBEDDED_ENGINE still overrides it.
      const backend = createSearchBackend({
        ...process.env,
        SEARCH_EMBEDDED_ENGINE: process.env.SEARCH_EMBEDDED_ENGINE ?? "sql",
      });
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
