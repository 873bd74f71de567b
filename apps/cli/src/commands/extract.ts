import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ExtractionInputError, extractStatements } from "@claimdesk/extraction";
import { parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";
import { formatTable, toCliJson } from "../output/extract-output.ts";
import { readInputFile } from "../read-input-file.ts";

const USAGE = "claimdesk extract <file|dir>... [--json]";

/** Article files named on the command line; a directory stands for its *.txt files, by name. */
export function articleFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // readInputFile reports the missing file.
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const names = readdirSync(p)
      .filter((n) => n.endsWith(".txt"))
      .sort();
    if (names.length === 0) throw new UsageError(`${p}: no .txt article files in this directory`);
    for (const n of names) out.push(join(p, n));
  }
  return out;
}

export const extractCommand: Command = {
  name: "extract",
  summary: "Extract who said what from article files or a directory (first line the title)",
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } }, USAGE);
    const json = values.json === true;
    if (positionals.length === 0) throw new UsageError(`extract needs a file: ${USAGE}`);
    const files = articleFiles(positionals);
    const many = files.length > 1;
    let failed = 0;
    for (const file of files) {
      try {
        // Above the extractor's own 10 MB limit, so its clearer message is the one people see.
        const text = readInputFile(file, { maxBytes: 50 * 1024 * 1024, encoding: "utf8" });
        const result = extractStatements(text);
        if (json) ctx.out(JSON.stringify(toCliJson(result)));
        else ctx.out(many ? `== ${file}\n${formatTable(result)}\n` : formatTable(result));
      } catch (error) {
        const message =
          error instanceof ExtractionInputError
            ? `${file}: ${error.message}`
            : error instanceof UsageError
              ? error.message
              : null;
        if (message === null) throw error;
        if (!many) throw new UsageError(message);
        // One line per article even for a bad one, so lines still match the files in order.
        ctx.err(`claimdesk: ${message}`);
        if (json) ctx.out(JSON.stringify({ title: "", statements: [], speakers: [] }));
        failed++;
      }
    }
    return failed > 0 ? 1 : 0;
  },
};
