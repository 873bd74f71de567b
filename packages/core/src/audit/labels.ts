// Words a desk uses for the audit trail's action codes (`evidence.add` → "Evidence added").
// Browser-safe: no database imports, so the web app's pages import it directly
// (`@claimdesk/core/audit/labels`). An action without an entry still reads as words.

const LABELS: Record<string, string> = {
  "article.submit": "Article submitted",
  "article.fetch": "Article fetched",
  "article.fail": "Article could not be read",
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_in_locked": "Sign-in locked",
  "auth.sign_in_unlocked": "Sign-in lock lifted",
  "claim.research": "Research started",
  "claim.send_back": "Sent back to research",
  "claim.publish": "Fact-check published",
  "claim.import": "Imported from an outside fact-check",
  "claim.import.update": "Outside fact-check updated",
  "claim.contact.add": "Speaker contacted (right of reply)",
  "claim.contact.update": "Right-of-reply entry edited",
  "claim.merge": "Duplicate merged in",
  "claim.merged_into": "Merged into another claim",
  "claim.retract": "Fact-check retracted",
  "claim.reword": "Reworded",
  "claim.split": "Split into several claims",
  "claim.split_from": "Split off another claim",
  "claim.tags": "Tags changed",
  "evidence.snapshot_request": "Evidence snapshot requested",
  "factcheck.draft.save": "Fact-check draft saved",
  "harvest.create": "ClaimReview source added",
  "harvest.delete": "ClaimReview source deleted (its imported checks kept)",
  "harvest.disable": "ClaimReview source paused",
  "harvest.enable": "ClaimReview source resumed",
  "import.upload": "File uploaded for import",
  "seed.living_desk": "Demo desk seeded",
  "speaker.merge": "Speakers merged",
  "speaker.merge_into": "Merged into another speaker",
  "speaker.unmerge": "Speaker merge undone",
  "evidence.add": "Evidence added",
  "evidence.update": "Evidence edited",
  "evidence.remove": "Evidence removed",
  "evidence.restore": "Evidence restored",
  "feed.create": "Feed added",
  "rating.create": "Verdict drafted",
  "rating.approve": "Verdict approved",
  "rating.correction.propose": "Correction proposed",
  "rating.correction.approve": "Correction approved",
  "rating.correction.withdraw": "Correction withdrawn",
  "scale.create": "Rating scale created",
  "scale.update": "Rating scale edited",
  "scale.set_default": "Default rating scale changed",
  "user.create": "User added",
  "user.update": "User changed",
};

/** The words for an audit action; unknown codes become words too ("claim.tag_add" → "Claim tag add"). */
export function auditActionLabel(action: string): string {
  const known = LABELS[action];
  if (known) return known;
  const words = action.replace(/[._]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Change";
}
