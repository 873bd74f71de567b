// How `claimdesk search --json` and `claimdesk match` print a hit and a match.
import type { ClaimMatch, SearchHit } from "@claimdesk/search";

/** The hit fields the CLI prints (`claimdesk search --json`). */
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

/** One match as `claimdesk match` prints it (the CliHit fields first, then the match's own). */
export function toCliMatch(match: ClaimMatch) {
  const c = match.claim;
  return {
    type: "claim" as const,
    id: c.id,
    externalId: c.externalId,
    text: c.text,
    speaker: c.speaker,
    verdict: c.verdict,
    rating: c.rating,
    publisher: c.publisher,
    date: c.date,
    url: c.url,
    score: match.score,
    level: match.level,
    reason: match.reason.summary,
  };
}
