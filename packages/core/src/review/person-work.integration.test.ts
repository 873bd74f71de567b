// Issue 19: every per-person bar of the dashboard clicks through to that person's work in the
// review queue; the list holds what the bar counts.
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { getDeskDashboard } from "../dashboard/index.ts";
import { importLiarRows } from "../imports/index.ts";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";
import { listReviewQueue } from "./list-review-queue.ts";

const DAY = 86_400_000;

describe("the review queue filtered by person", () => {
  it("lists the claims a person rated, approved or holds open, as the dashboard counts them", async () => {
    const db = getDb();
    const now = new Date();
    const range = { from: new Date(now.getTime() - 7 * DAY), to: new Date(now.getTime() + DAY) };
    // two verdicts by one reviewer, approved by one editor; one older verdict outside the range
    const a = await createCheckedClaim(db, { stage: "approved" });
    const b = await createCheckedClaim(db, { stage: "draft" });
    await db.rating.updateMany({
      where: { claimId: b.claim.id },
      data: { authorId: a.author.id },
    });
    const old = await createCheckedClaim(db, { stage: "approved" });
    await db.rating.updateMany({
      where: { claimId: old.claim.id },
      data: {
        authorId: a.author.id,
        approverId: a.editor.id,
        createdAt: new Date(now.getTime() - 30 * DAY),
        approvedAt: new Date(now.getTime() - 30 * DAY),
      },
    });
    // open work assigned to the reviewer: one open claim, one published (not open)
    await db.claim.update({ where: { id: b.claim.id }, data: { assigneeId: a.author.id } });
    await db.claim.update({
      where: { id: a.claim.id },
      data: { assigneeId: a.author.id, status: "published", publishedAt: now },
    });
    // an imported check assigned to them never counts
    const liar = await importLiarRows(db, [
      {
        line: 1,
        id: `person-${a.claim.id}.json`,
        label: "false",
        statement: `Imported ${a.claim.id}`,
        subjects: [],
        speaker: "pat-doe",
        job: null,
        state: null,
        party: null,
        context: null,
      },
    ]);
    await db.claim.update({
      where: { id: liar.createdClaimIds[0]! },
      data: { assigneeId: a.author.id, status: "new" },
    });
    const viewer = await createTestUser(db, "reviewer");
    const list = (work: "rated" | "approved" | "assigned", userId: string) =>
      listReviewQueue(db, {
        userId: viewer.id,
        scope: "open",
        page: 1,
        pageSize: 50,
        person: { userId, work, ...range },
      });

    const rated = await list("rated", a.author.id);
    expect(rated.items.map((c) => c.id).sort()).toEqual([a.claim.id, b.claim.id].sort());
    expect(rated.person).toEqual({ id: a.author.id, name: a.author.name, work: "rated" });
    const approved = await list("approved", a.editor.id);
    expect(approved.items.map((c) => c.id)).toEqual([a.claim.id]);
    const assigned = await list("assigned", a.author.id);
    expect(assigned.items.map((c) => c.id)).toEqual([b.claim.id]);

    // the same numbers as the dashboard's bars
    const dashboard = await getDeskDashboard(db, range);
    const bar = dashboard.people.find((p) => p.id === a.author.id);
    expect(bar?.rated).toBe(rated.total);
    expect(dashboard.people.find((p) => p.id === a.editor.id)?.approved).toBe(approved.total);
    expect(dashboard.openAssignments.find((p) => p.id === a.author.id)?.open).toBe(assigned.total);

    // an unknown person: an empty list that says so
    const nobody = await list("rated", "no-such-user");
    expect(nobody).toMatchObject({ total: 0, person: null, items: [] });
  });
});
