import { createSearchBackend, reindexAll } from "@claimdesk/search";
import type { Command } from "../command.ts";
import { createProgressBar } from "../progress.ts";

export const reindexCommand: Command = {
  name: "reindex",
  summary: "Rebuild every search index with zero downtime (resumes an interrupted run)",
  usage: "claimdesk reindex [--run <runId>] [--batch-size N]",
  async run(args, ctx) {
    const runAt = args.indexOf("--run");
    const runId = runAt === -1 ? undefined : args[runAt + 1];
    const sizeAt = args.indexOf("--batch-size");
    const batchSize = sizeAt === -1 ? 1000 : Number(args[sizeAt + 1]);
    await ctx.withDb(async (db) => {
      const backend = createSearchBackend();
      let bar: ReturnType<typeof createProgressBar> | undefined;
      try {
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
      } finally {
        await backend.close();
      }
    });
    return 0;
  },
};
