import type { Db } from "@claimdesk/db";
import { RECORDED_ONLY_KINDS } from "@claimdesk/db/statement-kinds";
import { type ClaimMatchSource, matchClaims } from "./match-claims.ts";

export interface FlagRepeatsResult {
  /** check-worthy statements matched */
  checked: number;
  /** statements flagged as a repeat of a published check */
  flagged: number;
  /** statements left unchecked because the time budget ran out */
  skipped: number;
  ms: number;
}

/**
 * "Said it again": matches each check-worthy statement of an article against the archive of
 * published fact-checks and stores, on a statement whose best match reaches the "same claim"
 * level, which checked claim it repeats (with score and reason), so the article page and the
 * review queue can show it. Runs in the extraction job: statements are matched most check-worthy
 * first until `budgetMs` is spent (the rest are counted as skipped, never an error); when the
 * archive is still loading after `budgetMs` (a worker that just started), none is.
 */
export async function flagRepeatedStatements(
  db: Db,
  source: ClaimMatchSource,
  articleId: string,
  options: { minCheckworthiness?: number; budgetMs?: number } = {},
): Promise<FlagRepeatsResult> {
  const started = performance.now();
  const budgetMs = options.budgetMs ?? 5000;
  const statements = await db.statement.findMany({
    // A reported question is never matched as a claim, whatever its score.
    where: {
      articleId,
      checkworthiness: { gte: options.minCheckworthiness ?? 0.5 },
      kind: { notIn: [...RECORDED_ONLY_KINDS] },
    },
    orderBy: [{ checkworthiness: "desc" }, { start: "asc" }],
    select: { id: true, text: true, speaker: { select: { name: true } } },
  });
  const result: FlagRepeatsResult = { checked: 0, flagged: 0, skipped: 0, ms: 0 };
  // a worker that just started may still be loading the archive: never wait past the budget
  let timer: NodeJS.Timeout | undefined;
  const ready = await Promise.race([
    source.matcher().then(() => true),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), budgetMs);
    }),
  ]);
  clearTimeout(timer);
  if (!ready) {
    result.skipped = statements.length;
    result.ms = Math.round(performance.now() - started);
    return result;
  }
  const flags: { id: string; claimId: string; score: number; reason: string }[] = [];
  for (const statement of statements) {
    if (performance.now() - started > budgetMs) {
      result.skipped += 1;
      continue;
    }
    const text = statement.speaker
      ? `${statement.text} — ${statement.speaker.name}`
      : statement.text;
    const { matches } = await matchClaims(source, text, { limit: 1 });
    result.checked += 1;
    const best = matches[0];
    if (best?.level === "same")
      flags.push({
        id: statement.id,
        claimId: best.claim.id,
        score: best.score,
        reason: best.reason.summary,
      });
  }
  for (const flag of flags) {
    await db.statement.updateMany({
      where: { id: flag.id },
      data: { repeatOfClaimId: flag.claimId, repeatScore: flag.score, repeatReason: flag.reason },
    });
  }
  result.flagged = flags.length;
  result.ms = Math.round(performance.now() - started);
  return result;
}
