import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { approveRating, getDefaultRatingScale } from "../ratings/index.ts";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";
import { buildClaimReview } from "./build-claim-review.ts";
import { approveCorrection, correctVerdict } from "./correct-verdict.ts";
import { listPublishedFactChecks } from "./list-published-fact-checks.ts";
import { getPublishedFactCheck } from "./load-fact-checks.ts";
import { publishClaim } from "./publish-claim.ts";
import { validateClaimReview } from "./validate-claim-review.ts";

const site = {
  origin: "https://checks.example.org",
  orgName: "Example Fact Desk",
  orgUrl: "https://example.org",
};

describe("publishClaim", () => {
  it("publishes an approved verdict under a stable slug with a complete, valid ClaimReview", async () => {
    const db = getDb();
    const { claim, editor } = await createCheckedClaim(db, {
      text: "The harbor bridge carries 62,000 vehicles a day",
    });
    const result = await publishClaim(db, { claimId: claim.id, actorId: editor.id });
    expect(result.slug).toMatch(/^the-harbor-bridge-carries-62-000-vehicles-a-day-[a-z0-9]{8}$/);

    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.status).toBe("published");
    expect(stored.publishedAt).toBeInstanceOf(Date);
    expect(
      await db.auditEvent.count({ where: { action: "claim.publish", entityId: claim.id } }),
    ).toBe(1);
    expect(await db.outboxEvent.count({ where: { entityType: "claim", entityId: claim.id } })).toBe(
      1,
    );

    const fc = await getPublishedFactCheck(db, result.slug);
    expect(fc?.verdict.label).toBe("Mostly False");
    const review = buildClaimReview(fc!, site);
    const validation = validateClaimReview(review, {
      verdictLabels: ["Mostly False", "Wholly false"],
    });
    expect(validation.errors).toEqual([]);
    expect(validation.warnings).toEqual([]);
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: `https://checks.example.org/fact-checks/${result.slug}`,
      claimReviewed: "The harbor bridge carries 62,000 vehicles a day",
      author: { "@type": "Organization", name: "Example Fact Desk", url: "https://example.org" },
      reviewRating: {
        "@type": "Rating",
        alternateName: "Mostly False",
        ratingValue: 3,
        bestRating: 6,
        worstRating: 1,
      },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", jobTitle: "Council member" },
        datePublished: "2026-03-01T00:00:00.000Z",
      },
    });
    const appearance = (review.itemReviewed as { appearance: { url: string; headline: string }[] })
      .appearance;
    expect(appearance[0]!.url).toMatch(/^https:\/\/news\.example\.com\/bridge-/);
    expect(review.dateModified).toBeUndefined();
  });

  it("refuses drafts, non-verdict labels, self-approved ratings, imports and double publishing", async () => {
    const db = getDb();
    const draft = await createCheckedClaim(db, { stage: "draft" });
    await expect(
      publishClaim(db, { claimId: draft.claim.id, actorId: draft.editor.id }),
    ).rejects.toThrow(/no approved verdict/);

    const scale = await getDefaultRatingScale(db);
    const unproven = await db.ratingLabel.create({
      data: {
        scaleId: scale.id,
        name: "Unproven",
        slug: "unproven",
        ratingValue: 0,
        position: 99,
        isVerdict: false,
      },
    });
    const limbo = await createCheckedClaim(db);
    await db.rating.update({ where: { id: limbo.rating.id }, data: { labelId: unproven.id } });
    await expect(
      publishClaim(db, { claimId: limbo.claim.id, actorId: limbo.editor.id }),
    ).rejects.toThrow(/"Unproven" is not a verdict label/);

    const solo = await createCheckedClaim(db);
    await db.rating.update({ where: { id: solo.rating.id }, data: { approverId: solo.author.id } });
    await expect(
      publishClaim(db, { claimId: solo.claim.id, actorId: solo.editor.id }),
    ).rejects.toThrow(/second person/);

    const imported = await createCheckedClaim(db);
    await db.claim.update({
      where: { id: imported.claim.id },
      data: { origin: "claimreview", externalPublisher: "Other Desk" },
    });
    await expect(
      publishClaim(db, { claimId: imported.claim.id, actorId: imported.editor.id }),
    ).rejects.toThrow(/imported/);

    const ok = await createCheckedClaim(db);
    const first = await publishClaim(db, { claimId: ok.claim.id, actorId: ok.editor.id });
    await expect(publishClaim(db, { claimId: ok.claim.id, actorId: ok.editor.id })).rejects.toThrow(
      /already published/,
    );
    const after = await db.claim.findUniqueOrThrow({ where: { id: ok.claim.id } });
    expect(after.slug).toBe(first.slug);

    // None of the refused claims is public.
    const feed = await listPublishedFactChecks(db, { limit: 100 });
    const ids = feed.items.map((i) => i.id);
    expect(ids).toContain(ok.claim.id);
    for (const refused of [draft, limbo, solo, imported])
      expect(ids).not.toContain(refused.claim.id);
  });
});

describe("correctVerdict", () => {
  it("needs a second editor, keeps the history and shows dateModified and the correction note", async () => {
    const db = getDb();
    const { claim, editor, scale, rating } = await createCheckedClaim(db);
    const { slug } = await publishClaim(db, { claimId: claim.id, actorId: editor.id });
    const falseLabel = scale.labels.find((l) => l.slug === "false")!;

    const { rating: correction, pending } = await correctVerdict(db, {
      claimId: claim.id,
      actorId: editor.id,
      labelId: falseLabel.id,
      rationale: "The 2025 count is 41,300; no count ever reached 62,000.",
      correctionNote:
        "We first rated this Mostly False; a newer count shows no basis for the figure.",
    });
    expect(pending).toBe(true);
    // Still the old verdict until a second person approves.
    expect((await getPublishedFactCheck(db, slug!))?.verdict.label).toBe("Mostly False");
    await expect(
      correctVerdict(db, {
        claimId: claim.id,
        actorId: editor.id,
        labelId: falseLabel.id,
        rationale: "x",
        correctionNote: "y",
      }),
    ).rejects.toThrow(/already waiting/);
    await expect(
      approveCorrection(db, { ratingId: correction.id, actorId: editor.id }),
    ).rejects.toThrow(/second person/);

    const second = await createTestUser(db, "editor");
    // The ordinary approval path must not approve a correction (two approved verdicts).
    await expect(
      approveRating(db, { ratingId: correction.id, actorId: second.id }),
    ).rejects.toThrow(/Approve correction/);
    await approveCorrection(db, { ratingId: correction.id, actorId: second.id });

    const fc = await getPublishedFactCheck(db, slug!);
    expect(fc?.verdict.label).toBe("False");
    expect(fc?.history.map((h) => h.label)).toEqual(["Mostly False"]);
    expect(fc?.corrections[0]).toMatchObject({ from: "Mostly False", to: "False" });
    expect(fc?.publishedAt.getTime()).toBeLessThanOrEqual(fc!.modifiedAt!.getTime());
    const old = await db.rating.findUniqueOrThrow({ where: { id: rating.id } });
    expect(old.status).toBe("superseded");
    expect(old.rationale).toBe("Traffic counts show about 41,300 vehicles a day, not 62,000.");

    const review = buildClaimReview(fc!, site);
    expect(validateClaimReview(review).errors).toEqual([]);
    expect(review.dateModified).toBe(fc!.modifiedAt!.toISOString());
    expect(review.reviewRating).toMatchObject({ alternateName: "False", ratingValue: 2 });
    expect(review.correction).toEqual([
      {
        "@type": "CorrectionComment",
        text: expect.stringContaining("a newer count shows no basis"),
        datePublished: fc!.modifiedAt!.toISOString(),
      },
    ]);
  });

  it("refuses to correct a claim that is not published", async () => {
    const db = getDb();
    const { claim, editor, label } = await createCheckedClaim(db);
    await expect(
      correctVerdict(db, {
        claimId: claim.id,
        actorId: editor.id,
        labelId: label.id,
        rationale: "r",
        correctionNote: "n",
      }),
    ).rejects.toThrow(/Only published/);
  });
});
