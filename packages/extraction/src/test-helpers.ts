import type { ExtractedStatement, ExtractionResult } from "./types.ts";

/** Finds the statement of a kind whose text contains `fragment` (test helper). */
export function find(
  result: ExtractionResult,
  kind: ExtractedStatement["kind"],
  fragment: string,
): ExtractedStatement | undefined {
  return result.statements.find((s) => s.kind === kind && s.text.includes(fragment));
}
