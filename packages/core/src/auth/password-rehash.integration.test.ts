// Issue 16: scrypt N=2^15, r=8, p=1 is below OWASP's guidance (N=2^17 with p=1, or N=2^15 with
// p=3). New hashes use N=2^15, r=8, p=3; an older hash is replaced on the next successful sign-in.
import { randomBytes, scrypt } from "node:crypto";
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { createTestUser } from "../testing/index.ts";
import { hashPassword, needsRehash, PASSWORD_PARAMS, verifyPassword } from "./password.ts";
import { signIn } from "./sign-in.ts";

/** A hash as the old code made it (N=2^15, r=8, p=1). */
function legacyHash(password: string): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize("NFKC"),
      salt,
      32,
      { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 },
      (err, key) =>
        err
          ? reject(err)
          : resolve(`scrypt$32768$8$1$${salt.toString("base64url")}$${key.toString("base64url")}`),
    ),
  );
}

describe("password hashing parameters", () => {
  it("hashes with OWASP's N=2^15, r=8, p=3", async () => {
    expect(PASSWORD_PARAMS).toEqual({ N: 2 ** 15, r: 8, p: 3 });
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
  });

  it("still verifies the old hashes, and says they need a rehash", async () => {
    const old = await legacyHash("old-password-1");
    expect(await verifyPassword("old-password-1", old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });

  it("refuses absurd stored parameters instead of allocating for them", async () => {
    expect(await verifyPassword("x", "scrypt$1073741824$8$1$AAAA$AAAA")).toBe(false);
    expect(await verifyPassword("x", "scrypt$32768$8$1000$AAAA$AAAA")).toBe(false);
  });

  it("rehashes an old hash on the next successful sign-in", async () => {
    const user = await createTestUser(getDb(), "reviewer");
    await getDb().user.update({
      where: { id: user.id },
      data: { passwordHash: await legacyHash("legacy-password-9") },
    });
    await signIn(getDb(), { email: user.email, password: "legacy-password-9", ip: "192.0.2.1" });
    const stored = (await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(stored).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(await verifyPassword("legacy-password-9", stored)).toBe(true);
    // A failed attempt changes nothing.
    await expect(
      signIn(getDb(), { email: user.email, password: "wrong", ip: "192.0.2.1" }),
    ).rejects.toThrow();
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(
      stored,
    );
  });
});
