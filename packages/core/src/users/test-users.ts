import { getDb, type Role } from "@claimdesk/db";
import { hashPassword } from "../auth/password.ts";

let counter = 0;

/** Tests only: a user of `role` with a unique email, made directly in the test's database. */
export async function makeTestUser(role: Role, password = "pw-123456789") {
  counter += 1;
  return getDb().user.create({
    data: {
      email: `${role}-${counter}-${Date.now()}@example.test`,
      name: `${role} ${counter}`,
      role,
      passwordHash: await hashPassword(password),
    },
  });
}
