// Issue 17: the root loader counted notifications through a second tRPC context on every
// signed-in page. The counts are now reused for a few seconds, except after the person's own
// change.
import { notifyUser } from "@claimdesk/core/notifications";
import { createTestUser } from "@claimdesk/core/testing";
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { NavCounts } from "../app/services/nav-counts.server.ts";

const page = (method: string) => new Request("http://desk.test/claims", { method });

describe("navigation counts", () => {
  it("are reused within the TTL, forgotten by the person's own change, and counted again after it", async () => {
    const db = getDb();
    const user = await createTestUser(db, "reviewer");
    let now = 1_000_000;
    const counts = new NavCounts({ db: () => db, ttlMs: 3000, now: () => now });
    expect(await counts.get(user)).toEqual({ unread: 0, awaitingApproval: null });

    await notifyUser(db, { userId: user.id, kind: "claim.sent_back", message: "Look again" });
    // someone else's change: shown once the TTL has passed
    now += 1000;
    expect((await counts.get(user)).unread).toBe(0);
    now += 2500;
    expect((await counts.get(user)).unread).toBe(1);

    // the person's own change (a POST of theirs): the next page counts again at once
    await db.notification.updateMany({ where: { userId: user.id }, data: { readAt: new Date() } });
    counts.forgetAfter(page("GET"), user.id);
    expect((await counts.get(user)).unread).toBe(1);
    counts.forgetAfter(page("POST"), user.id);
    expect((await counts.get(user)).unread).toBe(0);
  });

  it("counts an editor's approval list", async () => {
    const db = getDb();
    const editor = await createTestUser(db, "editor");
    const counts = new NavCounts({ db: () => db });
    expect(await counts.get(editor)).toEqual({ unread: 0, awaitingApproval: 0 });
  });
});
