// Tests only (never imported by product code): people for a test's own database, each with a
// unique email. Tests create their own data and never rely on seed rows.
import { randomBytes } from "node:crypto";
import type { Db, Role } from "@claimdesk/db";
import { hashPassword } from "../auth/password.ts";

/** The password of test users made without one. */
export const TEST_PASSWORD = "correct horse battery staple";
let cachedHash: string | undefined;

/** A user of `role` with a unique email (and `name`/`password` when a test needs them). */
export async function createTestUser(
  db: Db,
  role: Role,
  options: { name?: string; password?: string } = {},
) {
  if (!options.password) cachedHash ??= await hashPassword(TEST_PASSWORD);
  const passwordHash = options.password ? await hashPassword(options.password) : cachedHash!;
  return db.user.create({
    data: {
      email: `${role}-${randomBytes(6).toString("hex")}@example.test`,
      name: options.name ?? `${role} ${randomBytes(3).toString("hex")}`,
      role,
      passwordHash,
    },
  });
}
