import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { anonymousCaller, makeClaim, signedInCaller } from "../claim/test-helpers.ts";

describe("roles are checked on the server", () => {
  it("keeps reviewers and editors out of admin procedures", async () => {
    for (const role of ["reviewer", "editor"] as const) {
      const { caller } = await signedInCaller(role);
      await expect(caller.admin.overview({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.admin.startReindex({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.user.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        caller.user.create({
          email: "x@example.test",
          name: "X",
          role: "admin",
          password: "long-password-1",
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getDb().user.count({ where: { email: "x@example.test" } })).toBe(0);
  });

  it("asks anonymous callers to sign in", async () => {
    const { claim } = await makeClaim();
    const caller = await anonymousCaller();
    await expect(caller.claim.get({ id: claim.id })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(caller.review.queue({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("lets admins create, promote, disable and reset users, but not lock themselves out", async () => {
    const admin = await signedInCaller("admin");
    const created = await admin.caller.user.create({
      email: "New.Person@example.test",
      name: "New Person",
      role: "reviewer",
      password: "first-password-1",
    });
    expect(created.email).toBe("new.person@example.test");
    await expect(
      admin.caller.user.create({
        email: "new.person@example.test",
        name: "Again",
        role: "reviewer",
        password: "first-password-1",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await admin.caller.user.update({ userId: created.id, role: "editor" })).role).toBe(
      "editor",
    );
    expect(
      (await admin.caller.user.update({ userId: created.id, disabled: true })).disabledAt,
    ).toBeInstanceOf(Date);
    await admin.caller.user.resetPassword({ userId: created.id, password: "second-password-2" });
    await expect(
      admin.caller.user.update({ userId: admin.user.id, disabled: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await getDb().auditEvent.findMany({ where: { entityId: created.id } });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "user.create",
      "user.reset-password",
      "user.update",
      "user.update",
    ]);
  });

  it("shows the queue: unassigned and mine, most check-worthy first", async () => {
    const low = await makeClaim("Low worth claim about the weather.");
    const high = await makeClaim("High worth claim about the budget deficit.");
    await getDb().claim.update({ where: { id: low.claim.id }, data: { checkworthiness: 0.1 } });
    await getDb().claim.update({ where: { id: high.claim.id }, data: { checkworthiness: 0.99 } });
    const me = await signedInCaller("reviewer");
    const other = await signedInCaller("reviewer");
    const taken = await makeClaim("Claim someone else took.");
    await other.caller.claim.assign({ claimId: taken.claim.id, assigneeId: "me" });
    const queue = await me.caller.review.queue({ scope: "open" });
    const ids = queue.items.map((i) => i.id);
    expect(ids.indexOf(high.claim.id)).toBeLessThan(ids.indexOf(low.claim.id));
    expect(ids).not.toContain(taken.claim.id);
    await me.caller.claim.assign({ claimId: low.claim.id, assigneeId: "me" });
    expect((await me.caller.review.queue({ scope: "mine" })).items.map((i) => i.id)).toEqual([
      low.claim.id,
    ]);
    // assigning someone else needs an editor
    await expect(
      me.caller.claim.assign({ claimId: high.claim.id, assigneeId: other.user.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
