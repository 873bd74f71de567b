import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./command.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a command's arguments with node:util parseArgs (strict: an unknown flag or a flag
 * missing its value is a UsageError naming it, with the command's usage line).
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0]?.replace(/\.$/, "");
    throw new UsageError(`${reason}. Usage: ${usage}`);
  }
}

/** A whole-number flag value within [min, max], or the default when absent. */
export function intOption(
  value: string | undefined,
  name: string,
  range: { min: number; max: number; fallback: number },
): number {
  if (value === undefined) return range.fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < range.min || n > range.max) {
    throw new UsageError(`--${name} must be a whole number from ${range.min} to ${range.max}`);
  }
  return n;
}
