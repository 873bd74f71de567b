import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { getSession } from "./sessions.ts";
import { SIGN_IN_LIMITS, signIn } from "./sign-in.ts";

async function makeUser(email: string, password: string) {
  return getDb().user.create({
    data: {
      email,
      name: "Test User",
      role: "reviewer",
      passwordHash: await hashPassword(password),
    },
  });
}

describe("passwords", () => {
  it("verifies the right password and rejects others", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", hash)).toBe(false);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });
});

describe("signIn", () => {
  it("opens a session that getSession finds, for the right credentials only", async () => {
    await makeUser("amy@example.test", "pw-amy-123456");
    const ok = await signIn(getDb(), { email: " AMY@example.test ", password: "pw-amy-123456" });
    const session = await getSession(getDb(), ok.token);
    expect(session?.user.email).toBe("amy@example.test");
    expect(session?.csrfToken).toBe(ok.csrfToken);
    await expect(signIn(getDb(), { email: "amy@example.test", password: "wrong" })).rejects.toThrow(
      "Email or password is incorrect.",
    );
    expect(await getSession(getDb(), "forged-token")).toBeNull();
  });

  it("locks an email after repeated failures, even with the right password", async () => {
    await makeUser("bo@example.test", "pw-bo-123456");
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      await expect(
        signIn(getDb(), { email: "bo@example.test", password: `nope-${i}` }),
      ).rejects.toBeInstanceOf(DomainError);
    }
    await expect(
      signIn(getDb(), { email: "bo@example.test", password: "pw-bo-123456" }),
    ).rejects.toThrow(/Too many failed sign-in attempts/);
  });

  it("does not let a disabled user in", async () => {
    const user = await makeUser("cy@example.test", "pw-cy-123456");
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(
      signIn(getDb(), { email: "cy@example.test", password: "pw-cy-123456" }),
    ).rejects.toThrow("Email or password is incorrect.");
  });
});
