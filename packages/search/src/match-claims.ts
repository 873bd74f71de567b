// The one entry point of "has this been checked before?" (claimdesk match, the claim page's
// likely matches, the worker's "said it again"): see src/matching/.
import type { Db } from "@claimdesk/db";
import { readSearchEnv } from "./env.ts";
import { ClaimArchive } from "./matching/claim-archive.ts";
import { ClaimMatcher, type MatchOptions, type MatchResult } from "./matching/claim-matcher.ts";
import { MeilisearchMatchCandidates } from "./meilisearch/match-candidates.ts";

/** Where matching finds its checked claims. */
export interface ClaimMatchSource {
  /** the matcher over the archive as it is now */
  matcher(): Promise<ClaimMatcher>;
  /** optional: ids of more candidates from a search server (Meilisearch, hybrid when configured) */
  candidateIds?(text: string, limit: number): Promise<string[]>;
}

/** Candidates a search server adds to the matcher's own (Meilisearch hybrid search). */
const SERVER_CANDIDATES = 20;

/**
 * The archive of one database as a match source: checked claims in memory (ClaimArchive), plus,
 * when MEILI_HOST is set, candidates from Meilisearch's claims index (hybrid search with the
 * configured embedder, MEILI_EMBEDDER): what finds a checked claim by meaning rather than words.
 */
export function createClaimMatchSource(
  db: Db,
  options: {
    env?: Record<string, string | undefined>;
    refreshMs?: number;
    /** keep the built archive on disk here and load it from there while it is current */
    snapshotDir?: string;
  } = {},
): ClaimMatchSource {
  const archive = new ClaimArchive(db, {
    refreshMs: options.refreshMs,
    snapshotDir: options.snapshotDir,
  });
  const env = readSearchEnv(options.env ?? process.env);
  if (!env.MEILI_HOST) return { matcher: () => archive.matcher() };
  const meili = MeilisearchMatchCandidates.fromEnv(options.env ?? process.env);
  return {
    matcher: () => archive.matcher(),
    candidateIds: (text, limit) => meili.candidateIds(text, limit),
  };
}

/**
 * "Has this been checked before?": the checked claims (imported ClaimReviews, LIAR rows, the
 * desk's published checks) that `text` most likely repeats, best first, each with a 0-1 score,
 * its level ("same" / "likely" / "related") and the reason. A statement that cannot be matched
 * (empty, binary, too long, no words) gives no matches and an `error`; it never throws for that.
 */
export async function matchClaims(
  source: ClaimMatchSource,
  text: string,
  options: MatchOptions = {},
): Promise<MatchResult> {
  const matcher = await source.matcher();
  if (!source.candidateIds || ClaimMatcher.refuse(text)) return matcher.match(text, options);
  // the server's candidates join the matcher's own; a server that fails only loses them
  const ids = await source.candidateIds(text, SERVER_CANDIDATES).catch(() => []);
  const extra = ids.flatMap((id) => {
    const candidate = matcher.index.candidateFor(id);
    return candidate ? [candidate] : [];
  });
  return matcher.match(text, options, extra);
}

/**
 * The checked claims a claim of the desk most likely repeats (the claim page's likely matches):
 * its text with the speaker's name, matched with the claim itself left out. Null when there is
 * no such claim.
 */
export async function matchClaimById(
  db: Db,
  source: ClaimMatchSource,
  claimId: string,
  options: MatchOptions = {},
): Promise<MatchResult | null> {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { text: true, speaker: { select: { name: true } } },
  });
  if (!claim) return null;
  const text = claim.speaker ? `${claim.text} — ${claim.speaker.name}` : claim.text;
  return matchClaims(source, text, { ...options, exclude: [...(options.exclude ?? []), claimId] });
}
