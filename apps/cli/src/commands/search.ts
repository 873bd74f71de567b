import type { SearchQuery } from "@claimdesk/search";
import { intOption, parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";
import { toCliHit } from "../output/search-output.ts";

export const searchCommand: Command = {
  name: "search",
  summary: "Search claims, statements and articles",
  usage:
    'claimdesk search "<query>" [--json] [--limit N] [--type claim|statement|article] [--speaker NAME] [--verdict LABEL]',
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: "boolean" },
        limit: { type: "string" },
        type: { type: "string" },
        speaker: { type: "string" },
        verdict: { type: "string" },
      },
      this.usage,
    );
    const json = values.json === true;
    const limit = intOption(values.limit, "limit", { min: 1, max: 1000, fallback: 20 });
    if (positionals.length !== 1) {
      throw new UsageError(`search needs one query (quote it): ${this.usage}`);
    }
    const q = positionals[0]!;
    const { type, speaker, verdict } = values;
    if (type && !["claim", "statement", "article"].includes(type)) {
      throw new UsageError("--type must be claim, statement or article");
    }
    const query: SearchQuery = {
      q,
      limit,
      filters: {
        ...(type ? { type: [type as "claim" | "statement" | "article"] } : {}),
        ...(speaker ? { speaker: [speaker] } : {}),
        ...(verdict ? { verdict: [verdict] } : {}),
      },
    };
    // One-shot: the SQL engine answers at once, where the memory engine would first load
    // the whole index (decision 007). SEARCH_EMBEDDED_ENGINE still overrides it.
    const result = await ctx.withServices(({ search }) => search.search(query), {
      searchEnv: { SEARCH_EMBEDDED_ENGINE: process.env.SEARCH_EMBEDDED_ENGINE ?? "sql" },
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
