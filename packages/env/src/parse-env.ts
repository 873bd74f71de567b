import type { z } from "zod";

/** A configuration problem, described in one line that names the variable. */
export class EnvError extends Error {
  override name = "EnvError";
}

/**
 * Validates `source` against `schema`. Throws an EnvError whose message names every bad
 * variable on one line, e.g. `DATABASE_URL: must be a postgres:// or postgresql:// URL`.
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined> = process.env,
): z.output<S> {
  // Treat empty strings as unset, as shells and .env files commonly produce them.
  const cleaned: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(source)) {
    cleaned[key] = value === "" ? undefined : value;
  }
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const parts = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "environment";
    return `${name}: ${issue.message}`;
  });
  throw new EnvError(`invalid configuration: ${parts.join("; ")}`);
}

/**
 * For entry points: like parseEnv, but a bad variable stops the process with one line on
 * stderr (no stack trace) and exit code 1.
 */
export function loadEnv<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined> = process.env,
): z.output<S> {
  try {
    return parseEnv(schema, source);
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`claimdesk: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
