import type { Db } from "@claimdesk/db";
import { DomainError } from "../errors.ts";
import { verifyPassword } from "./password.ts";
import { createSession } from "./sessions.ts";

/** Failed attempts allowed per email, and per client address, in the window. */
export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 20, windowMs: 15 * 60 * 1000 };

// A fixed hash to compare against when the email is unknown, so timing does not reveal accounts.
const DUMMY_HASH =
  "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * Checks credentials and opens a session. Failed attempts are recorded in the audit trail and
 * rate limited per email and per client address (in the database, so it holds across web
 * instances).
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; ip?: string | null; userAgent?: string | null },
) {
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - SIGN_IN_LIMITS.windowMs);
  const [byEmail, byIp] = await Promise.all([
    db.auditEvent.count({
      where: { action: "auth.sign_in_failed", entityId: email, createdAt: { gte: since } },
    }),
    input.ip
      ? db.auditEvent.count({
          where: {
            action: "auth.sign_in_failed",
            createdAt: { gte: since },
            data: { path: ["ip"], equals: input.ip },
          },
        })
      : Promise.resolve(0),
  ]);
  if (byEmail >= SIGN_IN_LIMITS.perEmail || byIp >= SIGN_IN_LIMITS.perIp) {
    throw new DomainError(
      "UNAUTHORIZED",
      "Too many failed sign-in attempts. Wait 15 minutes and try again, or ask an admin to reset your password.",
    );
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabledAt) {
    await db.auditEvent.create({
      data: {
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: email,
        data: { ip: input.ip ?? null },
      },
    });
    throw new DomainError("UNAUTHORIZED", "Email or password is incorrect.");
  }
  const session = await createSession(db, user.id, input);
  await db.auditEvent.create({
    data: { actorId: user.id, action: "auth.sign_in", entityType: "user", entityId: user.id },
  });
  return { ...session, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
