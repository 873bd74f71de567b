import type { Token } from "./tokenize.ts";

/** "by saying he is ready …", "after telling his aides he planned …": the main clause's subject speaks. */
export const GERUND_PREPOSITIONS = new Set(["by", "after", "before", "while"]);

export function afterGerundPreposition(tokens: Token[], v: number): boolean {
  const p = tokens[v - 1];
  return !!p?.word && !p.inQuote && GERUND_PREPOSITIONS.has(p.lower);
}
