import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { createTestUser } from "../testing/index.ts";
import { SIGN_IN_LIMITS, signIn } from "./sign-in.ts";

describe("sign-in rate limit under parallel attempts", () => {
  it("holds under parallel attempts: no more password guesses than the per-email limit", async () => {
    const user = await createTestUser(getDb(), "reviewer", { password: "right-password-1" });
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
    const user = await createTestUser(getDb(), "editor", { password: "right-password-2" });
    const ok = await signIn(getDb(), { email: user.email, password: "right-password-2" });
    expect(ok.user.id).toBe(user.id);
    // A double-click (or two tabs) signing in at once both get in: the second waits its turn.
    const both = await Promise.all(
      [1, 2, 3].map(() => signIn(getDb(), { email: user.email, password: "right-password-2" })),
    );
    expect(both.map((s) => s.user.id)).toEqual([user.id, user.id, user.id]);
  });
});
