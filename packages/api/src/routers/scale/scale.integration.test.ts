import { describe, expect, it } from "vitest";
import { anonymousCaller, signedInCaller } from "../claim/test-helpers.ts";

const fiveLevel = {
  name: "Five levels (API)",
  labels: [
    { name: "False", ratingValue: 1, isVerdict: true },
    { name: "Mostly False", ratingValue: 2, isVerdict: true },
    { name: "Mixed", ratingValue: 3, isVerdict: true },
    { name: "Mostly True", ratingValue: 4, isVerdict: true },
    { name: "True", ratingValue: 5, isVerdict: true },
    { name: "Unproven", ratingValue: 0, isVerdict: false },
  ],
};

describe("scale router", () => {
  it("lets anyone signed in list scales, but only admins create, edit or choose the default", async () => {
    const reviewer = await signedInCaller("reviewer");
    const editor = await signedInCaller("editor");
    const admin = await signedInCaller("admin");
    const anonymous = await anonymousCaller();

    await expect(anonymous.scale.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const before = await reviewer.caller.scale.list({});
    expect(before.items.filter((s) => s.isDefault)).toHaveLength(1);

    await expect(editor.caller.scale.create(fiveLevel)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const created = await admin.caller.scale.create(fiveLevel);
    expect([created.worstRating, created.bestRating]).toEqual([1, 5]);

    const renamed = {
      ...fiveLevel,
      labels: created.labels.map((l) => ({
        id: l.id,
        name: l.name === "Mixed" ? "Half True" : l.name,
        ratingValue: l.ratingValue,
        isVerdict: l.isVerdict,
      })),
    };
    await expect(
      reviewer.caller.scale.update({ scaleId: created.id, scale: renamed }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const updated = await admin.caller.scale.update({ scaleId: created.id, scale: renamed });
    expect(updated.labels.map((l) => l.name)).toContain("Half True");

    await expect(editor.caller.scale.setDefault({ scaleId: created.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await admin.caller.scale.setDefault({ scaleId: created.id });
    const after = await reviewer.caller.scale.list({});
    expect(after.items.filter((s) => s.isDefault).map((s) => s.id)).toEqual([created.id]);

    await expect(
      admin.caller.scale.create({
        name: "Broken",
        labels: [
          { name: "Only", ratingValue: 1, isVerdict: true },
          { name: "Unproven", ratingValue: 0, isVerdict: false },
        ],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
