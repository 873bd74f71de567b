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
 * "Has this been checked before?": the best matching claims first (earlier fact-checks), then,
 * only if fewer than `limit` claims match, the best matching statements.
 */
export async function matchClaims(
  backend: SearchBackend,
  text: string,
  options: { limit?: number } = {},
): Promise<SearchHit[]> {
  const limit = options.limit ?? 5;
  const claims = await backend.search({ q: text, indexes: ["claims"], limit });
  if (claims.hits.length >= limit) return claims.hits;
  const statements = await backend.search({
    q: text,
    indexes: ["statements"],
    limit: limit - claims.hits.length,
  });
  return [...claims.hits, ...statements.hits];
}
