import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { labelId, makeClaim, signedInCaller } from "../claim/test-helpers.ts";

describe("rating workflow through the API", () => {
  it("rates, approves by a second person and publishes, keeping every verdict", async () => {
    const { claim } = await makeClaim();
    const reviewer = await signedInCaller("reviewer");
    const editor = await signedInCaller("editor");

    await reviewer.caller.claim.assign({ claimId: claim.id, assigneeId: "me" });
    await reviewer.caller.evidence.add({
      claimId: claim.id,
      url: "https://stats.example/jobs",
      title: "Labour statistics",
      excerpt: "5.1%",
      stance: "refutes",
    });
    const first = await reviewer.caller.rating.rate({
      claimId: claim.id,
      labelId: await labelId("mostly-false"),
      rationale: "The official rate was 5.1 percent.",
    });
    const second = await reviewer.caller.rating.rate({
      claimId: claim.id,
      labelId: await labelId("false"),
      rationale: "The official rate was 5.1 percent, not 3.",
    });
    expect(second.supersedesId).toBe(first.id);

    await editor.caller.rating.approve({ ratingId: second.id });
    const published = await editor.caller.publishing.publish({ claimId: claim.id });
    expect((await reviewer.caller.claim.get({ id: claim.id })).status).toBe("published");
    expect(published.slug).toBeTruthy();

    const detail = await reviewer.caller.claim.get({ id: claim.id });
    expect(detail.ratings.map((r) => r.status)).toEqual(["approved", "superseded"]);
    expect(detail.ratings[0]?.approver?.id).toBe(editor.user.id);
    expect(detail.evidence).toHaveLength(1);
    expect(detail.audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "claim.assign",
        "evidence.add",
        "rating.create",
        "rating.approve",
        "claim.publish",
      ]),
    );
  });

  it("never lets the author approve their own verdict, even as an editor or admin (two-person rule)", async () => {
    const { claim } = await makeClaim();
    const editor = await signedInCaller("editor");
    const admin = await signedInCaller("admin");
    const own = await editor.caller.rating.rate({
      claimId: claim.id,
      labelId: await labelId(),
      rationale: "Wrong according to the data.",
    });
    await expect(editor.caller.rating.approve({ ratingId: own.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/two-person rule/i),
    });
    const ownByAdmin = await admin.caller.rating.rate({
      claimId: claim.id,
      labelId: await labelId(),
      rationale: "Wrong according to the data, again.",
    });
    await expect(admin.caller.rating.approve({ ratingId: ownByAdmin.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const rating = await getDb().rating.findUniqueOrThrow({ where: { id: ownByAdmin.id } });
    expect(rating.status).toBe("draft");
    // another editor may approve it
    await editor.caller.rating.approve({ ratingId: ownByAdmin.id });
  });

  it("refuses approval by a reviewer and publishing before approval", async () => {
    const { claim } = await makeClaim();
    const reviewer = await signedInCaller("reviewer");
    const other = await signedInCaller("reviewer");
    const editor = await signedInCaller("editor");
    const rating = await reviewer.caller.rating.rate({
      claimId: claim.id,
      labelId: await labelId(),
      rationale: "Contradicted by the records.",
    });
    await expect(other.caller.rating.approve({ ratingId: rating.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(editor.caller.publishing.publish({ claimId: claim.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(reviewer.caller.publishing.publish({ claimId: claim.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("needs the CSRF token for mutations but not for reads", async () => {
    const { claim } = await makeClaim();
    const noToken = await signedInCaller("reviewer", { csrf: "missing" });
    const wrongToken = await signedInCaller("reviewer", { csrf: "wrong" });
    await expect(noToken.caller.claim.get({ id: claim.id })).resolves.toMatchObject({
      id: claim.id,
    });
    await expect(
      noToken.caller.rating.rate({
        claimId: claim.id,
        labelId: await labelId(),
        rationale: "Should not be saved.",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      wrongToken.caller.evidence.add({
        claimId: claim.id,
        url: "https://x.example",
        title: "x",
        stance: "context",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().rating.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("undoes an evidence removal", async () => {
    const { claim } = await makeClaim();
    const reviewer = await signedInCaller("reviewer");
    const ev = await reviewer.caller.evidence.add({
      claimId: claim.id,
      url: "https://a.example/report",
      title: "Report",
      stance: "supports",
    });
    await reviewer.caller.evidence.setRemoved({ evidenceId: ev.id, removed: true });
    expect(
      (await reviewer.caller.claim.get({ id: claim.id })).evidence[0]?.deletedAt,
    ).toBeInstanceOf(Date);
    await reviewer.caller.evidence.setRemoved({ evidenceId: ev.id, removed: false });
    expect((await reviewer.caller.claim.get({ id: claim.id })).evidence[0]?.deletedAt).toBeNull();
    await expect(
      reviewer.caller.evidence.add({
        claimId: claim.id,
        url: "javascript:alert(1)",
        title: "bad",
        stance: "supports",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
