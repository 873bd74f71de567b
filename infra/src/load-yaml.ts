import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { ValidationError } from "./problems.ts";

/** Parses every document of a YAML file; a syntax error or a duplicate key is a failure. */
export function loadYamlDocuments(file: string, text = readFileSync(file, "utf8")): unknown[] {
  const docs = parseAllDocuments(text, { uniqueKeys: true, merge: true });
  const problems = docs.flatMap((doc) =>
    doc.errors.map((error) => ({ file, message: `YAML: ${error.message}` })),
  );
  if (problems.length > 0) throw new ValidationError(problems);
  return docs
    .map((doc) => doc.toJS({ maxAliasCount: 100 }) as unknown)
    .filter((value) => value !== null && value !== undefined);
}

export function loadYamlDocument(file: string, text?: string): unknown {
  const docs = loadYamlDocuments(file, text);
  if (docs.length !== 1) {
    throw new ValidationError([
      { file, message: `expected one YAML document, found ${docs.length}` },
    ]);
  }
  return docs[0];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
