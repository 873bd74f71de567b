import { describe, expect, it } from "vitest";
import { signedInCaller } from "../claim/test-helpers.ts";

describe("procedures that change sessions say so", () => {
  it("calls onSessionsChanged after a successful role, access or password change only", async () => {
    let changed = 0;
    const admin = await signedInCaller("admin", { onSessionsChanged: () => changed++ });
    const other = await signedInCaller("reviewer");
    await admin.caller.user.list({});
    expect(changed).toBe(0);
    await admin.caller.user.update({ userId: other.user.id, role: "editor" });
    expect(changed).toBe(1);
    await admin.caller.user.update({ userId: other.user.id, disabled: true });
    expect(changed).toBe(2);
    await admin.caller.user.resetPassword({
      userId: other.user.id,
      password: "a-new-password-123",
    });
    expect(changed).toBe(3);
    // refused: nothing changed, nothing forgotten
    await expect(
      admin.caller.user.update({ userId: admin.user.id, disabled: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(changed).toBe(3);
  });
});
