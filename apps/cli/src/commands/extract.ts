import {
  ExtractionInputError,
  extractStatements,
  formatTable,
  toCliJson,
} from "@claimdesk/extraction";
import { parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";
import { readInputFile } from "../read-input-file.ts";

export const extractCommand: Command = {
  name: "extract",
  summary: "Extract who said what from an article file (first line the title)",
  usage: "claimdesk extract <file> [--json]",
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: "boolean" } },
      this.usage,
    );
    const json = values.json === true;
    const [file] = positionals;
    if (!file) throw new UsageError("extract needs a file: claimdesk extract <file> [--json]");
    // Above the extractor's own 10 MB limit, so its clearer message is the one people see.
    const text = readInputFile(file, { maxBytes: 50 * 1024 * 1024, encoding: "utf8" });
    try {
      const result = extractStatements(text);
      ctx.out(json ? JSON.stringify(toCliJson(result)) : formatTable(result));
    } catch (error) {
      if (error instanceof ExtractionInputError) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
    return 0;
  },
};
