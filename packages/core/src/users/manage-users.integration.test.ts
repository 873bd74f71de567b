import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { createTestUser } from "../testing/index.ts";
import { updateUser } from "./manage-users.ts";

describe("updateUser: admins", () => {
  it("never leaves the desk without an enabled admin, even when two admins demote each other at once", async () => {
    const db = getDb();
    // Only these two admins exist in this test's database.
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
    const a = await createTestUser(getDb(), "admin");
    const b = await createTestUser(getDb(), "admin");
    await Promise.allSettled([
      updateUser(db, { userId: b.id, role: "reviewer", actorId: a.id }),
      updateUser(db, { userId: a.id, role: "reviewer", actorId: b.id }),
    ]);
    expect(await db.user.count({ where: { role: "admin", disabledAt: null } })).toBeGreaterThan(0);

    const c = await createTestUser(getDb(), "admin");
    const d = await createTestUser(getDb(), "admin");
    await Promise.allSettled([
      updateUser(db, { userId: d.id, disabled: true, actorId: c.id }),
      updateUser(db, { userId: c.id, disabled: true, actorId: d.id }),
    ]);
    expect(await db.user.count({ where: { role: "admin", disabledAt: null } })).toBeGreaterThan(0);
  });

  it("still lets an admin demote and disable another admin", async () => {
    const db = getDb();
    const a = await createTestUser(getDb(), "admin");
    const b = await createTestUser(getDb(), "admin");
    const c = await createTestUser(getDb(), "admin");
    await expect(
      updateUser(db, { userId: b.id, role: "editor", actorId: a.id }),
    ).resolves.toMatchObject({ role: "editor" });
    const disabled = await updateUser(db, { userId: c.id, disabled: true, actorId: a.id });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
  });
});
