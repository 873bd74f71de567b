import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { hashPassword } from "./auth/password.ts";
import { SIGN_IN_LIMITS, signIn } from "./auth/sign-in.ts";
import { DomainError } from "./errors.ts";
import { createUrlArticle } from "./ingest/create-url-article.ts";
import { classifyAddress } from "./ingest/ip-policy.ts";
import { submitArticle } from "./review/submit-article.ts";
import { updateUser } from "./users/manage-users.ts";

let counter = 0;
async function makeUser(role: "reviewer" | "editor" | "admin", password = "pw-123456789") {
  counter += 1;
  return getDb().user.create({
    data: {
      email: `sec-${role}-${counter}-${Date.now()}@example.test`,
      name: `${role} ${counter}`,
      role,
      passwordHash: await hashPassword(password),
    },
  });
}

describe("security review: article URLs", () => {
  it("never stores a javascript: (or other non-http) URL on an article, where the page renders it as a link", async () => {
    const db = getDb();
    const reviewer = await makeUser("reviewer");
    for (const url of [
      "javascript:alert(document.cookie)",
      "JavaScript:alert(1)",
      "data:text/html,x",
    ]) {
      await expect(submitArticle(db, { actorId: reviewer.id, url })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(createUrlArticle(db, { url })).rejects.toBeInstanceOf(DomainError);
    }
    const stored = await db.article.findMany({ where: { url: { not: null } } });
    for (const a of stored) expect(a.url).toMatch(/^https?:\/\//);
  });

  it("still stores an http URL the fetch policy refuses as failed, with the reason", async () => {
    const { article } = await createUrlArticle(getDb(), { url: "http://10.0.0.7/x" });
    expect(article.status).toBe("failed");
    expect(article.error).toBe("Refused: 10.0.0.7 is a private address");
  });
});

describe("security review: sign-in rate limit", () => {
  it("holds under parallel attempts: no more password guesses than the per-email limit", async () => {
    const user = await makeUser("reviewer", "right-password-1");
    const attempts = 20;
    const results = await Promise.allSettled(
      Array.from({ length: attempts }, (_, i) =>
        signIn(getDb(), { email: user.email, password: `wrong-${i}` }),
      ),
    );
    const guessed = results.filter(
      (r) =>
        r.status === "rejected" && /Email or password is incorrect/.test(String(r.reason?.message)),
    ).length;
    expect(guessed).toBeLessThanOrEqual(SIGN_IN_LIMITS.perEmail);
    // Every password that was checked is on record, so the lock-out counts it.
    expect(
      await getDb().auditEvent.count({
        where: { action: "auth.sign_in_failed", entityId: user.email },
      }),
    ).toBe(guessed);
    // One by one, the remaining guesses run out and then even the right password is refused.
    for (let i = guessed; i < SIGN_IN_LIMITS.perEmail; i++) {
      await expect(signIn(getDb(), { email: user.email, password: `again-${i}` })).rejects.toThrow(
        "Email or password is incorrect.",
      );
    }
    await expect(
      signIn(getDb(), { email: user.email, password: "right-password-1" }),
    ).rejects.toThrow(/Too many failed sign-in attempts/);
  });

  it("still signs in normally", async () => {
    const user = await makeUser("editor", "right-password-2");
    const ok = await signIn(getDb(), { email: user.email, password: "right-password-2" });
    expect(ok.user.id).toBe(user.id);
    // A double-click (or two tabs) signing in at once both get in: the second waits its turn.
    const both = await Promise.all(
      [1, 2, 3].map(() => signIn(getDb(), { email: user.email, password: "right-password-2" })),
    );
    expect(both.map((s) => s.user.id)).toEqual([user.id, user.id, user.id]);
  });
});

describe("security review: user management", () => {
  it("never leaves the desk without an enabled admin, even when two admins demote each other at once", async () => {
    const db = getDb();
    // Only these two admins exist in this test's database.
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
    const a = await makeUser("admin");
    const b = await makeUser("admin");
    await Promise.allSettled([
      updateUser(db, { userId: b.id, role: "reviewer", actorId: a.id }),
      updateUser(db, { userId: a.id, role: "reviewer", actorId: b.id }),
    ]);
    expect(await db.user.count({ where: { role: "admin", disabledAt: null } })).toBeGreaterThan(0);

    const c = await makeUser("admin");
    const d = await makeUser("admin");
    await Promise.allSettled([
      updateUser(db, { userId: d.id, disabled: true, actorId: c.id }),
      updateUser(db, { userId: c.id, disabled: true, actorId: d.id }),
    ]);
    expect(await db.user.count({ where: { role: "admin", disabledAt: null } })).toBeGreaterThan(0);
  });

  it("still lets an admin demote and disable another admin", async () => {
    const db = getDb();
    const a = await makeUser("admin");
    const b = await makeUser("admin");
    const c = await makeUser("admin");
    await expect(
      updateUser(db, { userId: b.id, role: "editor", actorId: a.id }),
    ).resolves.toMatchObject({ role: "editor" });
    const disabled = await updateUser(db, { userId: c.id, disabled: true, actorId: a.id });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
  });
});

describe("security review: fetch address policy", () => {
  it("blocks the local-use NAT64 prefix 64:ff9b:1::/48 and IPv4-translated ::ffff:0:a.b.c.d", () => {
    // RFC 8215: local-use NAT64 translates to IPv4 inside the operator's network (not global).
    expect(classifyAddress("64:ff9b:1::a9fe:a9fe").blocked).toBe(true);
    expect(classifyAddress("64:ff9b:1:7f00:0:100::").blocked).toBe(true);
    // RFC 6145 IPv4-translated form of 127.0.0.1 and 10.0.0.1
    expect(classifyAddress("::ffff:0:7f00:1").blocked).toBe(true);
    expect(classifyAddress("::ffff:0:a00:1").blocked).toBe(true);
    // public addresses in the well-known NAT64 prefix stay allowed
    expect(classifyAddress("64:ff9b::808:808").blocked).toBe(false);
  });
});
