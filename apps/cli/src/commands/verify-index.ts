import { verifyIndex } from "@claimdesk/search";
import { intOption, parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";

export const verifyIndexCommand: Command = {
  name: "verify-index",
  summary:
    "Compare the database with the search index; exit 1 on missing, stale or orphaned documents",
  usage: "claimdesk verify-index [--json] [--show N]",
  async run(args, ctx) {
    const { values } = parseCommandArgs(
      args,
      { json: { type: "boolean" }, show: { type: "string" } },
      this.usage,
    );
    const show = intOption(values.show, "show", { min: 0, max: 100_000, fallback: 10 });
    const result = await ctx.withServices(({ db, search }) => verifyIndex(db, search));
    if (values.json) {
      ctx.out(JSON.stringify(result));
      return result.ok ? 0 : 1;
    }
    for (const [index, check] of Object.entries(result)) {
      if (index === "ok" || typeof check !== "object") continue;
      const drift = check.missing.length + check.stale.length + check.orphaned.length;
      ctx.out(
        `${index}: ${check.sourceCount} in the database, ${check.indexCount} indexed — ${drift === 0 ? "in step" : `${check.missing.length} missing, ${check.stale.length} stale, ${check.orphaned.length} orphaned`}`,
      );
      for (const [label, ids] of [
        ["missing", check.missing],
        ["stale", check.stale],
        ["orphaned", check.orphaned],
      ] as const) {
        if (ids.length === 0 || show === 0) continue;
        ctx.out(
          `  ${label}: ${ids.slice(0, show).join(", ")}${ids.length > show ? ` … and ${ids.length - show} more` : ""}`,
        );
      }
    }
    ctx.out(
      result.ok
        ? "index verified: no drift"
        : "drift found: run `claimdesk reindex`, or let the worker's outbox loop catch up",
    );
    return result.ok ? 0 : 1;
  },
};
