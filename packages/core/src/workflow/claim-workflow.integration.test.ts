import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { assignClaim } from "../claims/assign-claim.ts";
import { sendBackClaim } from "../claims/send-back-claim.ts";
import { setClaimStatus } from "../claims/set-claim-status.ts";
import { addEvidence, setEvidenceRemoved } from "../evidence/index.ts";
import { createRatingScale } from "../ratings/create-rating-scale.ts";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";
import { CLAIM_TRANSITIONS } from "./claim-transitions.ts";
import { transitionClaim } from "./transition-claim.ts";

const evidence = {
  url: "https://stats.example.gov/report",
  title: "Official report",
  stance: "refutes" as const,
};

describe("the claim workflow", () => {
  it("sends a rated verdict back to research for an editor only, with a note, audited with where it came from", async () => {
    const db = getDb();
    const { claim, author } = await createCheckedClaim(db, { stage: "draft" });
    const editor = await createTestUser(db, "editor");
    const note = "Find the primary source.";
    await expect(
      sendBackClaim(db, { claimId: claim.id, actorId: author.id, note }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Research is a reviewer's step for new claims only; a rated one goes back with a note.
    await expect(
      setClaimStatus(db, { claimId: claim.id, status: "in_research", actorId: editor.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("rated");

    await sendBackClaim(db, { claimId: claim.id, actorId: editor.id, note });
    const moved = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(moved.status).toBe("in_research");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: "claim.send_back" },
    });
    expect(audit).toMatchObject({
      actorId: editor.id,
      data: { from: "rated", to: "in_research", note },
    });
    expect(await db.outboxEvent.count({ where: { entityType: "claim", entityId: claim.id } })).toBe(
      1,
    );
  });

  it("refuses a step from a status it cannot start from, with the reason, and changes nothing", async () => {
    const db = getDb();
    const { claim, author } = await createCheckedClaim(db);
    await db.claim.update({ where: { id: claim.id }, data: { status: "published" } });
    await expect(
      addEvidence(db, { ...evidence, claimId: claim.id, actorId: author.id }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/frozen/) });
    expect(await db.evidence.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: claim.id } })).toBe(0);
  });

  it("lets only one of two concurrent moves of the same claim through", async () => {
    const db = getDb();
    const { claim, author } = await createCheckedClaim(db, { stage: "draft" });
    // Both start from "rated"; the second to write finds the claim moved and is refused.
    const step = () =>
      db.$transaction((tx) =>
        transitionClaim(tx, { claimId: claim.id, step: "rate", actorId: author.id }, async () => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          return { result: "done" };
        }),
      );
    await db.claim.update({ where: { id: claim.id }, data: { status: "in_research" } });
    const results = await Promise.allSettled([step(), step()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    expect(
      await db.auditEvent.count({ where: { entityId: claim.id, action: "rating.create" } }),
    ).toBe(1);
  });

  it("assigns through the table: taking a new claim starts research, audited and re-indexed", async () => {
    const db = getDb();
    const { claim, author } = await createCheckedClaim(db);
    const other = await createTestUser(db, "reviewer");
    await db.claim.update({ where: { id: claim.id }, data: { status: "new" } });
    await expect(
      assignClaim(db, { claimId: claim.id, assigneeId: other.id, actorId: author.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await assignClaim(db, { claimId: claim.id, assigneeId: author.id, actorId: author.id });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "in_research",
      assigneeId: author.id,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: "claim.assign" },
    });
    expect(audit.data).toEqual({ from: null, to: author.id, status: "in_research" });
    expect(await db.outboxEvent.count({ where: { entityType: "claim", entityId: claim.id } })).toBe(
      1,
    );

    await db.claim.update({ where: { id: claim.id }, data: { status: "published" } });
    await expect(
      assignClaim(db, { claimId: claim.id, assigneeId: null, actorId: author.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: CLAIM_TRANSITIONS.unassign.refused.published.message,
    });
  });

  it("checks the actor's role in core for scales too, not only in the API", async () => {
    const db = getDb();
    const reviewer = await createTestUser(db, "reviewer");
    await expect(
      createRatingScale(db, {
        actorId: reviewer.id,
        scale: {
          name: "Reviewer's own scale",
          labels: [
            { name: "Yes", ratingValue: 2, isVerdict: true },
            { name: "No", ratingValue: 1, isVerdict: true },
          ],
        },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("evidence of an approved verdict", () => {
  it("withdraws the approval when the evidence changes, so an editor approves it again", async () => {
    const db = getDb();
    const { claim, rating, author } = await createCheckedClaim(db);
    expect(claim.status).toBe("approved");
    await addEvidence(db, { ...evidence, claimId: claim.id, actorId: author.id });

    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("rated");
    expect(await db.rating.findUniqueOrThrow({ where: { id: rating.id } })).toMatchObject({
      status: "draft",
      approverId: null,
      approvedAt: null,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: "evidence.add" },
    });
    expect(audit.data).toMatchObject({ approvalWithdrawn: rating.id });
  });

  it("leaves a verdict that is not approved yet as it is", async () => {
    const db = getDb();
    const { claim, rating, author } = await createCheckedClaim(db, { stage: "draft" });
    const [first] = await db.evidence.findMany({ where: { claimId: claim.id } });
    await setEvidenceRemoved(db, { evidenceId: first!.id, removed: true, actorId: author.id });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("rated");
    expect((await db.rating.findUniqueOrThrow({ where: { id: rating.id } })).status).toBe("draft");
  });
});
