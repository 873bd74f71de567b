import { createSearchBackend, type SearchQuery, toCliHit } from "@claimdesk/search";
import { type Command, UsageError } from "../command.ts";

function readFlag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value`);
  return value;
}

export const searchCommand: Command = {
  name: "search",
  summary: "Search claims, statements and articles",
  usage:
    'claimdesk search "<query>" [--json] [--limit N] [--type claim|statement|article] [--speaker NAME] [--verdict LABEL]',
  async run(args, ctx) {
    const json = args.includes("--json");
    const limitText = readFlag(args, "--limit");
    const limit = limitText === undefined ? 20 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new UsageError("--limit must be a whole number from 1 to 1000");
    }
    const flagValues = new Set(
      ["--limit", "--type", "--speaker", "--verdict"].map((f) => readFlag(args, f)),
    );
    const q = args.find(
      (a, i) => !a.startsWith("--") && !(flagValues.has(a) && args[i - 1]?.startsWith("--")),
    );
    if (q === undefined) throw new UsageError(`search needs a query: ${this.usage}`);
    const type = readFlag(args, "--type");
    if (type && !["claim", "statement", "article"].includes(type)) {
      throw new UsageError("--type must be claim, statement or article");
    }
    const speaker = readFlag(args, "--speaker");
    const verdict = readFlag(args, "--verdict");
    const query: SearchQuery = {
      q,
      limit,
      filters: {
        ...(type ? { type: [type as "claim" | "statement" | "article"] } : {}),
        ...(speaker ? { speaker: [speaker] } : {}),
        ...(verdict ? { verdict: [verdict] } : {}),
      },
    };
    const result = await ctx.withDb(async () => {
      const backend = createSearchBackend();
      try {
        return await backend.search(query);
      } finally {
        await backend.close();
      }
    });
    if (json) {
      ctx.out(
        JSON.stringify({
          totalHits: result.totalHits,
          processingTimeMs: result.processingTimeMs,
          hits: result.hits.map(toCliHit),
        }),
      );
      return 0;
    }
    ctx.out(`${result.totalHits} hits in ${result.processingTimeMs} ms`);
    for (const [i, hit] of result.hits.entries()) {
      const who = hit.speaker ? ` — ${hit.speaker}` : "";
      const verdictText = hit.verdict ? ` [${hit.verdict}]` : "";
      ctx.out(`${String(i + 1).padStart(3)}. (${hit.type}) ${hit.text}${who}${verdictText}`);
      ctx.out(`     id ${hit.id}${hit.externalId ? `  external ${hit.externalId}` : ""}`);
    }
    return 0;
  },
};
