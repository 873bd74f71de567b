// Check-worthiness in a desk's words. The extractor scores 0–1; the job makes a claim of a
// statement from 0.5 (AUTO_CLAIM_THRESHOLD in core), so "high" starts there.

export type CheckworthinessLevel = "high" | "medium" | "low";

export function checkworthinessLevel(score: number): CheckworthinessLevel {
  if (score >= 0.5) return "high";
  if (score >= 0.25) return "medium";
  return "low";
}

/** "high", "medium" or "low"; the score itself goes in a title for those who want it. */
export function checkworthinessWords(score: number): { text: string; title: string } {
  return {
    text: checkworthinessLevel(score),
    title: `check-worthiness score ${score.toFixed(2)} of 1`,
  };
}
