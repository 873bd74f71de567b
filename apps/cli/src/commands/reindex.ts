import { reindexAll } from "@claimdesk/search";
import { intOption, parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { createProgressBar } from "../progress.ts";

export const reindexCommand: Command = {
  name: "reindex",
  summary: "Rebuild every search index with zero downtime (resumes an interrupted run)",
  usage: "claimdesk reindex [--run <runId>] [--batch-size N]",
  async run(args, ctx) {
    const { values } = parseCommandArgs(
      args,
      { run: { type: "string" }, "batch-size": { type: "string" } },
      this.usage,
    );
    const runId = values.run;
    const batchSize = intOption(values["batch-size"], "batch-size", {
      min: 1,
      max: 10_000,
      fallback: 1000,
    });
    await ctx.withServices(async ({ db, search: backend }) => {
      let bar: ReturnType<typeof createProgressBar> | undefined;
      const result = await reindexAll(db, backend, {
        runId,
        batchSize,
        onProgress: (p) => {
          bar ??= createProgressBar(`reindex (${backend.kind})`, p.total);
          bar.set(p.done);
        },
      });
      bar?.finish();
      const counts = Object.entries(result.counts)
        .map(([index, n]) => `${index} ${n}`)
        .join(", ");
      ctx.err(
        `${result.resumed ? "resumed" : "completed"} run ${result.runId}: ${counts} (${result.documentsPerSecond} documents/s)`,
      );
    });
    return 0;
  },
};
