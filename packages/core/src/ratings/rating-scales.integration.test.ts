import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { publishClaim } from "../publishing/publish-claim.ts";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";
import { createRatingScale } from "./create-rating-scale.ts";
import { getDefaultRatingScale } from "./ensure-default-scale.ts";
import { listRatingScales } from "./list-rating-scales.ts";
import { setDefaultRatingScale } from "./set-default-rating-scale.ts";
import { updateRatingScale } from "./update-rating-scale.ts";

const fiveLevel = {
  name: "Five levels",
  description: "False to True in five steps, plus Unproven.",
  labels: [
    { name: "False", ratingValue: 1, isVerdict: true },
    { name: "Mostly False", ratingValue: 2, isVerdict: true },
    { name: "Mixed", ratingValue: 3, isVerdict: true },
    { name: "Mostly True", ratingValue: 4, isVerdict: true },
    { name: "True", ratingValue: 5, isVerdict: true },
    { name: "Unproven", ratingValue: 0, isVerdict: false },
  ],
};

describe("rating scales", () => {
  it("creates a 5-level scale with bounds from its verdicts, and makes it the only default", async () => {
    const db = getDb();
    const admin = await createTestUser(db, "admin");
    const scale = await createRatingScale(db, { actorId: admin.id, scale: fiveLevel });
    expect([scale.worstRating, scale.bestRating, scale.isDefault]).toEqual([1, 5, false]);
    expect(scale.labels.map((l) => l.slug)).toEqual([
      "false",
      "mostly-false",
      "mixed",
      "mostly-true",
      "true",
      "unproven",
    ]);
    expect(scale.labels.find((l) => l.name === "Unproven")?.isVerdict).toBe(false);

    await setDefaultRatingScale(db, { actorId: admin.id, scaleId: scale.id });
    expect((await getDefaultRatingScale(db)).id).toBe(scale.id);
    const all = await listRatingScales(db);
    expect(all.filter((s) => s.isDefault).map((s) => s.id)).toEqual([scale.id]);
    expect(await db.auditEvent.count({ where: { entityId: scale.id } })).toBe(2);
    await expect(createRatingScale(db, { actorId: admin.id, scale: fiveLevel })).rejects.toThrow(
      /already exists/,
    );
  });

  it("refuses scales that cannot be published as ClaimReview ratings", async () => {
    const db = getDb();
    const admin = await createTestUser(db, "admin");
    const bad = (labels: typeof fiveLevel.labels) =>
      createRatingScale(db, { actorId: admin.id, scale: { name: `Bad ${Math.random()}`, labels } });
    await expect(
      bad([
        { name: "Yes", ratingValue: 1, isVerdict: true },
        { name: "Unproven", ratingValue: 0, isVerdict: false },
      ]),
    ).rejects.toThrow(/at least two labels as verdicts/);
    await expect(
      bad([
        { name: "A", ratingValue: 0, isVerdict: true },
        { name: "B", ratingValue: 2, isVerdict: true },
      ]),
    ).rejects.toThrow(/start at 1/);
    await expect(
      bad([
        { name: "A", ratingValue: 1, isVerdict: true },
        { name: "B", ratingValue: 1, isVerdict: true },
      ]),
    ).rejects.toThrow(/share the value 1/);
    await expect(
      bad([
        { name: "A", ratingValue: 1, isVerdict: true },
        { name: "a", ratingValue: 2, isVerdict: true },
      ]),
    ).rejects.toThrow(/used twice/);
  });

  it("edits keep ratings attached, reorder freely and protect labels in use", async () => {
    const db = getDb();
    const admin = await createTestUser(db, "admin");
    const { claim, editor, scale, label } = await createCheckedClaim(db);
    await publishClaim(db, { claimId: claim.id, actorId: editor.id });
    const labels = scale.labels.map((l) => ({
      id: l.id,
      name: l.name,
      ratingValue: l.ratingValue,
      isVerdict: l.isVerdict,
    }));

    // Reversed order, renamed label in use: fine, the rating follows the label.
    const reversed = [...labels]
      .reverse()
      .map((l) => (l.id === label.id ? { ...l, name: "Largely False" } : l));
    const updated = await updateRatingScale(db, {
      actorId: admin.id,
      scaleId: scale.id,
      scale: { name: scale.name, labels: reversed },
    });
    expect(updated.labels.map((l) => l.name)).toEqual(reversed.map((l) => l.name));
    const rating = await db.rating.findFirstOrThrow({
      where: { claimId: claim.id },
      include: { label: true },
    });
    expect(rating.label.name).toBe("Largely False");

    await expect(
      updateRatingScale(db, {
        actorId: admin.id,
        scaleId: scale.id,
        scale: { name: scale.name, labels: labels.filter((l) => l.id !== label.id) },
      }),
    ).rejects.toThrow(/used by 1 rating/);
    await expect(
      updateRatingScale(db, {
        actorId: admin.id,
        scaleId: scale.id,
        scale: {
          name: scale.name,
          labels: labels.map((l) => (l.id === label.id ? { ...l, isVerdict: false } : l)),
        },
      }),
    ).rejects.toThrow(/verdict of 1 published fact-check/);
  });
});
