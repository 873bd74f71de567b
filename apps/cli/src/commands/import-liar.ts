import { importLiarRows, parseLiarTsv } from "@claimdesk/core/imports";
import { drainOutbox } from "@claimdesk/search";
import { parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";
import { createProgressBar } from "../progress.ts";
import { readInputFile } from "../read-input-file.ts";

export const importLiarCommand: Command = {
  name: "import liar",
  summary: "Import LIAR-format rows (TSV) as prior PolitiFact fact-checks (idempotent)",
  usage: "claimdesk import liar <file.tsv>",
  async run(args, ctx) {
    const [file] = parseCommandArgs(args, {}, this.usage).positionals;
    if (!file) throw new UsageError(`import liar needs a file: ${this.usage}`);
    const text = readInputFile(file, { maxBytes: 200 * 1024 * 1024, encoding: "utf8" });
    const { rows, errors } = parseLiarTsv(text);
    for (const error of errors.slice(0, 50)) ctx.err(`${file}:${error.line}: ${error.message}`);
    if (errors.length > 50) ctx.err(`… and ${errors.length - 50} more malformed rows`);
    await ctx.withServices(async ({ db, search: backend }) => {
      const bar = createProgressBar("import", rows.length);
      const result = await importLiarRows(db, rows, { onProgress: (n) => bar.set(n) });
      bar.finish();
      // Index what was written now, so search finds it without a worker running.
      await backend.ensureIndexes();
      const indexBar = createProgressBar("index", result.createdClaimIds.length);
      await drainOutbox(db, backend, {
        onProgress: (n) => indexBar.set(Math.min(n, result.createdClaimIds.length)),
      });
      indexBar.finish();
      ctx.err(
        `imported ${result.createdClaimIds.length}, updated 0, skipped ${result.existing + result.duplicates} ` +
          `(${result.existing} already imported, ${result.duplicates} repeated), errors ${errors.length} ` +
          `(malformed rows, listed above); ${result.speakersCreated} new speakers`,
      );
    });
    return 0;
  },
};
