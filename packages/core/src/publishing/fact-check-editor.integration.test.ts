import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { getDefaultRatingScale } from "../ratings/index.ts";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";
import { buildClaimReview } from "./build-claim-review.ts";
import { correctVerdict } from "./correct-verdict.ts";
import { saveFactCheckStory } from "./fact-check-story.ts";
import { listPublishedFactChecks } from "./list-published-fact-checks.ts";
import { getPublishedFactCheck } from "./load-fact-checks.ts";
import { previewFactCheck } from "./preview-fact-check.ts";
import { publishClaim } from "./publish-claim.ts";
import { retractFactCheck } from "./retract-fact-check.ts";
import { validateClaimReview } from "./validate-claim-review.ts";

const site = { origin: "https://checks.example.org", orgName: "Example Fact Desk" };
const story = {
  headline: "No, the harbor bridge does not carry 62,000 vehicles a day",
  summary: "State traffic counts put the daily average at about 41,300 vehicles.",
  body: "The council member said 62,000.\n\n## What the counts show\n\nThe state's 2025 counts say **41,300** a day [1].",
  byline: "both" as const,
};

describe("the fact-check editor", () => {
  it("saves a draft for editors only, naming the field at fault, and refuses raw HTML and dangling citations", async () => {
    const db = getDb();
    const { claim, author, editor } = await createCheckedClaim(db);
    await expect(
      saveFactCheckStory(db, { claimId: claim.id, actorId: author.id, story }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveFactCheckStory(db, {
        claimId: claim.id,
        actorId: editor.id,
        story: { ...story, headline: "Short", summary: "" },
      }),
    ).rejects.toThrow(/^Headline: .*; Summary: /);
    await expect(
      saveFactCheckStory(db, {
        claimId: claim.id,
        actorId: editor.id,
        story: { ...story, body: 'See <a href="x">this</a>.' },
      }),
    ).rejects.toThrow(/^Body: Raw HTML is not allowed/);
    await expect(
      saveFactCheckStory(db, {
        claimId: claim.id,
        actorId: editor.id,
        story: { ...story, body: "As [1] and [3] show." },
      }),
    ).rejects.toThrow(
      /Body: .*\[3\] points at no evidence item: the claim's evidence is numbered 1 to 1/,
    );
    expect(await db.factCheckStory.count({ where: { claimId: claim.id } })).toBe(0);

    const saved = await saveFactCheckStory(db, { claimId: claim.id, actorId: editor.id, story });
    expect(saved.citedEvidenceIds).toHaveLength(1);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: "factcheck.draft.save" },
    });
    expect(audit).toMatchObject({ actorId: editor.id, data: { headline: story.headline } });

    const draft = await createCheckedClaim(db, { stage: "draft" });
    await expect(
      saveFactCheckStory(db, { claimId: draft.claim.id, actorId: draft.editor.id, story }),
    ).rejects.toThrow(/approved verdict/);
  });

  it("previews exactly what it publishes, refuses a draft changed since the preview, then freezes it", async () => {
    const db = getDb();
    const { claim, author, editor } = await createCheckedClaim(db);
    const first = await saveFactCheckStory(db, { claimId: claim.id, actorId: editor.id, story });
    const preview = await previewFactCheck(db, { claimId: claim.id, actorId: editor.id });
    expect(preview.problems).toEqual([]);
    expect(preview.factCheck?.story).toMatchObject({
      headline: story.headline,
      byline: [author.name, editor.name],
    });
    expect(preview.factCheck?.story?.blocks[1]).toMatchObject({ type: "heading" });
    expect(preview.factCheck?.story?.blocks[2]).toMatchObject({
      type: "paragraph",
      inlines: expect.arrayContaining([
        { type: "cite", n: 1 },
        { type: "strong", text: "41,300" },
      ]),
    });
    // Someone saves again after the preview: publishing the old preview is refused.
    const second = await saveFactCheckStory(db, {
      claimId: claim.id,
      actorId: editor.id,
      story: { ...story, byline: "desk" },
    });
    await expect(
      publishClaim(db, { claimId: claim.id, actorId: editor.id, storyUpdatedAt: first.updatedAt }),
    ).rejects.toThrow(/changed since your preview/);
    const published = await publishClaim(db, {
      claimId: claim.id,
      actorId: editor.id,
      storyUpdatedAt: second.updatedAt,
    });
    const fc = await getPublishedFactCheck(db, published.slug);
    const again = await previewFactCheck(db, { claimId: claim.id, actorId: editor.id });
    expect({ ...buildClaimReview(fc!, site) }).toEqual(buildClaimReview(again.factCheck!, site));
    expect(fc?.story?.byline).toEqual([]);
    const review = buildClaimReview(fc!, site);
    expect(review.headline).toBe(story.headline);
    expect(validateClaimReview(review).errors).toEqual([]);
    const purge = await db.pagePurge.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(purge.paths).toEqual([
      `/fact-checks/${published.slug}`,
      "/fact-checks",
      "/api/claimreview",
    ]);
    await expect(
      saveFactCheckStory(db, { claimId: claim.id, actorId: editor.id, story }),
    ).rejects.toThrow(/published/);
  });

  it("refuses to publish when the evidence changed since the draft was saved", async () => {
    const db = getDb();
    const { claim, editor } = await createCheckedClaim(db);
    await saveFactCheckStory(db, { claimId: claim.id, actorId: editor.id, story });
    await db.evidence.create({
      data: {
        claimId: claim.id,
        url: "https://stats.example.gov/older",
        title: "Older count",
        stance: "context",
        createdAt: new Date("2020-01-01T00:00:00Z"),
      },
    });
    await expect(publishClaim(db, { claimId: claim.id, actorId: editor.id })).rejects.toThrow(
      /^Body: the claim's evidence changed/,
    );
  });
});

describe("retracting a fact-check", () => {
  it("keeps the page with the note instead of the verdict, tells the feed, and stops corrections", async () => {
    const db = getDb();
    const { claim, editor } = await createCheckedClaim(db);
    const { slug } = await publishClaim(db, { claimId: claim.id, actorId: editor.id });
    const before = new Date();
    await expect(
      retractFactCheck(db, { claimId: claim.id, actorId: editor.id, note: "  " }),
    ).rejects.toThrow(/^Retraction note: /);
    const reviewer = await createTestUser(db, "reviewer");
    const note = "The traffic counts we cited were for a different bridge.";
    await expect(
      retractFactCheck(db, { claimId: claim.id, actorId: reviewer.id, note }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await retractFactCheck(db, { claimId: claim.id, actorId: editor.id, note });

    const fc = await getPublishedFactCheck(db, slug);
    expect(fc?.retraction).toMatchObject({ note });
    const review = buildClaimReview(fc!, site);
    expect(review).toMatchObject({
      url: `https://checks.example.org/fact-checks/${slug}`,
      creativeWorkStatus: "Retracted",
      dateModified: fc!.retraction!.retractedAt.toISOString(),
      correction: [{ "@type": "CorrectionComment", text: `Retracted: ${note}` }],
    });
    expect(review.reviewRating).toBeUndefined();
    const changed = await listPublishedFactChecks(db, { updatedSince: before, limit: 100 });
    expect(changed.items.map((i) => i.id)).toContain(claim.id);
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { entityId: claim.id, action: "claim.retract" },
      }),
    ).toMatchObject({ actorId: editor.id, data: { note } });
    const scale = await getDefaultRatingScale(db);
    await expect(
      correctVerdict(db, {
        claimId: claim.id,
        actorId: editor.id,
        labelId: scale.labels[0]!.id,
        rationale: "New rationale",
        correctionNote: "Changed",
      }),
    ).rejects.toThrow(/retracted/);
    await expect(
      retractFactCheck(db, { claimId: claim.id, actorId: editor.id, note }),
    ).rejects.toThrow(/already retracted/);
  });

  it("leaves a fact-check that was not retracted out of updatedSince until it changes", async () => {
    const db = getDb();
    const { claim, editor } = await createCheckedClaim(db);
    await publishClaim(db, { claimId: claim.id, actorId: editor.id });
    const later = new Date(Date.now() + 1000);
    const changed = await listPublishedFactChecks(db, { updatedSince: later, limit: 100 });
    expect(changed.items.map((i) => i.id)).not.toContain(claim.id);
  });
});
