import type { SearchDocument, SearchHit } from "./types.ts";

/** A stored document as a search hit, with the engine's highlights and score. */
export function hitFromDocument(
  d: SearchDocument,
  highlight: SearchHit["highlight"],
  score: number,
): SearchHit {
  return {
    type: d.type,
    id: d.id,
    externalId: d.externalId ?? null,
    text: d.text,
    speaker: d.speaker ?? null,
    verdict: d.verdict ?? null,
    status: d.status ?? null,
    outlet: d.outlet ?? null,
    kind: d.kind ?? null,
    claimId: d.claimId ?? null,
    articleId: d.articleId ?? null,
    date: d.date ?? null,
    tags: d.tags ?? [],
    highlight,
    score,
  };
}
