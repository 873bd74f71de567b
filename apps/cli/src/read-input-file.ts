import { readFileSync, statSync } from "node:fs";
import { UsageError } from "./command.ts";

/**
 * Reads a file named on the command line, refusing (as a one-line UsageError) a missing file, a
 * directory, or one over `maxBytes`. Returns the bytes, or text when `encoding` is given.
 */
export function readInputFile(file: string, options: { maxBytes: number }): Buffer;
export function readInputFile(
  file: string,
  options: { maxBytes: number; encoding: "utf8" },
): string;
export function readInputFile(
  file: string,
  options: { maxBytes: number; encoding?: "utf8" },
): Buffer | string {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (!stats.isFile()) throw new UsageError(`cannot read ${file}: not a file`);
  if (stats.size > options.maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new UsageError(`${file} is ${mb(stats.size)}; the limit is ${mb(options.maxBytes)}`);
  }
  try {
    return options.encoding ? readFileSync(file, options.encoding) : readFileSync(file);
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
    );
  }
}
