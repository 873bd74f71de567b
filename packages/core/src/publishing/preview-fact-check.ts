import type { Db } from "@claimdesk/db";
import { loadActor } from "../auth/load-actor.ts";
import { notFound } from "../errors.ts";
import { claimSlug } from "./claim-slug.ts";
import { FACT_CHECK_INCLUDE, type FactCheck, toFactCheck } from "./load-fact-checks.ts";
import { checkStoryBody } from "./story-body.ts";

/**
 * The fact-check as it will be published, for the editor's preview: the same shaping as the
 * public page (toFactCheck) on the claim as it is now, with the slug it will get and today as
 * its publication date. `problems` says what publishing would refuse (empty: nothing); `story`
 * is the saved draft's version, which publishing checks against (what was previewed goes out).
 */
export async function previewFactCheck(db: Db, input: { claimId: string; actorId: string }) {
  await loadActor(db, input.actorId, "editor");
  const row = await db.claim.findUnique({
    where: { id: input.claimId },
    include: FACT_CHECK_INCLUDE,
  });
  if (!row) throw notFound("Claim");
  const problems: string[] = [];
  if (row.status !== "approved" && row.status !== "published") {
    problems.push("The verdict is not approved yet: an editor must approve it first.");
  }
  const story = row.factCheckStory;
  if (!story) problems.push("Save the draft first: the preview shows the saved draft.");
  else {
    for (const p of checkStoryBody(story.body, row.evidence.length)) problems.push(`Body: ${p}`);
    if (row.evidence.map((e) => e.id).join() !== story.citedEvidenceIds.join()) {
      problems.push(
        "Body: the evidence changed since the draft was saved; check the [n] citations and save again.",
      );
    }
  }
  const factCheck: FactCheck | null = toFactCheck({
    ...row,
    status: "published",
    slug: row.slug ?? claimSlug(row.text, row.id),
    publishedAt: row.publishedAt ?? new Date(),
  });
  if (!factCheck) problems.push("The claim has no approved verdict label to publish.");
  return { factCheck, problems, storyUpdatedAt: story?.updatedAt ?? null };
}
