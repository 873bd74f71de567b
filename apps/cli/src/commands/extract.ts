import { readFileSync, statSync } from "node:fs";
import {
  ExtractionInputError,
  extractStatements,
  formatTable,
  toCliJson,
} from "@claimdesk/extraction";
import { parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";

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
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new UsageError(`cannot read ${file}: no such file`);
    }
    if (size > 50 * 1024 * 1024)
      throw new UsageError(`${file} is ${(size / 1e6).toFixed(0)} MB; the limit is 50 MB`);
    const text = readFileSync(file, "utf8");
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
