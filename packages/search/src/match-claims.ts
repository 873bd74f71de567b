import type { SearchBackend, SearchHit } from "./types.ts";

/** The hit fields the CLI prints (`claimdesk search --json`, `claimdesk match`). */
export interface CliHit {
  type: SearchHit["type"];
  id: string;
  externalId: string | null;
  text: string;
  speaker: string | null;
  verdict: string | null;
}

export function toCliHit(hit: SearchHit): CliHit {
  return {
    type: hit.type,
    id: hit.id,
    externalId: hit.externalId,
    text: hit.text,
    speaker: hit.speaker,
    verdict: hit.verdict,
  };
}

/**
 * "Has this been checked before?": searches claims and statements for a statement's text and
 * returns the best matches, claims first (each group in relevance order).
 */
export async function matchClaims(
  backend: SearchBackend,
  text: string,
  options: { limit?: number } = {},
): Promise<SearchHit[]> {
  const limit = options.limit ?? 5;
  const result = await backend.search({ q: text, indexes: ["claims", "statements"], limit });
  const claims = result.hits.filter((h) => h.type === "claim");
  const others = result.hits.filter((h) => h.type !== "claim");
  return [...claims, ...others].slice(0, limit);
}
