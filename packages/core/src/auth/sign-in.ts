import type { Db } from "@claimdesk/db";
import { DomainError } from "../errors.ts";
import { hashPassword, needsRehash, verifyPassword } from "./password.ts";
import { createSession } from "./sessions.ts";

/**
 * Failed attempts allowed in the window: `perEmail` for one email from one client address (so a
 * stranger guessing cannot lock the owner out from everywhere else), and `perIp` from one
 * address whatever the email (so one address cannot guess across accounts). A password reset or
 * an admin lifts an email's lock (`liftSignInLock`); the failures before that no longer count.
 */
export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 20, windowMs: 15 * 60 * 1000 };

/** What failures are recorded under when the caller knows no client address (CLI, tests). */
const NO_ADDRESS = "unknown";

// A fixed hash to compare against when the email is unknown, so timing does not reveal accounts
// (made with today's parameters, PASSWORD_PARAMS, so it costs what a real check costs).
const DUMMY_HASH =
  "scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/** The first key of the sign-in advisory locks ("cd" + "si"), apart from other users. */
const SIGN_IN_LOCK_SPACE = 0x6364_7369;

const tooManyAttempts = () =>
  new DomainError(
    "UNAUTHORIZED",
    "Too many failed sign-in attempts from this address. Wait 15 minutes and try again, or ask an admin to reset your password or lift the lock.",
  );

/**
 * Checks credentials and opens a session. Failed attempts are recorded in the audit trail and
 * rate limited per email and per client address (in the database, so it holds across web
 * instances).
 *
 * The count, the password check and the record of a failure happen in one transaction that
 * holds an advisory lock on the email, so parallel attempts cannot all pass the count before
 * any failure is written. An attempt for an email that is being checked right now tries again
 * for up to ten seconds, holding no connection while it waits (a double-click or a few tabs get
 * through, also on a loaded machine); after that it is refused, so a flood cannot tie up
 * connections.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; ip?: string | null; userAgent?: string | null },
) {
  const email = input.email.trim().toLowerCase();
  const giveUpAt = Date.now() + BUSY_WAIT_MS;
  let outcome = await attempt(db, email, input);
  for (let pause = BUSY_FIRST_RETRY_MS; !outcome.ok && outcome.limited === "busy"; pause *= 2) {
    if (Date.now() >= giveUpAt) break;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, BUSY_MAX_RETRY_MS)));
    outcome = await attempt(db, email, input);
  }
  if (!outcome.ok) {
    if (outcome.limited === "busy")
      throw new DomainError(
        "UNAUTHORIZED",
        "Another sign-in to this account is being checked right now. Try again in a moment.",
      );
    if (outcome.limited === "locked") throw tooManyAttempts();
    throw new DomainError("UNAUTHORIZED", "Email or password is incorrect.");
  }
  const { user } = outcome;
  // A hash made with older parameters is replaced now that the password is known to be right
  // (only if it is still the one checked: a reset in between wins).
  if (needsRehash(user.passwordHash)) {
    await db.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash: await hashPassword(input.password) },
    });
  }
  const session = await createSession(db, user.id, input);
  await db.auditEvent.create({
    data: { actorId: user.id, action: "auth.sign_in", entityType: "user", entityId: user.id },
  });
  return { ...session, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/**
 * An attempt for an email being checked right now retries (50 ms, then twice as long each time,
 * at most 400 ms apart) for up to this long. Each check is one scrypt verification (~0.1 s on a
 * quiet core, several times that on a loaded one), so the wait lets a handful of tabs signing in
 * at once through on a busy machine; it holds no connection while it waits.
 */
const BUSY_FIRST_RETRY_MS = 50;
const BUSY_MAX_RETRY_MS = 400;
const BUSY_WAIT_MS = 10_000;

/** One try under the email's lock: the limits, the password, and the failure on record. */
function attempt(db: Db, email: string, input: { password: string; ip?: string | null }) {
  const ip = input.ip || NO_ADDRESS;
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        select pg_try_advisory_xact_lock(${SIGN_IN_LOCK_SPACE}::int, hashtext(${email})) as locked`;
      if (!lock?.locked) return { ok: false as const, limited: "busy" as const };
      const windowStart = new Date(Date.now() - SIGN_IN_LIMITS.windowMs);
      // A reset or an admin lifted this email's lock: earlier failures no longer count for it.
      const lifted = await tx.auditEvent.findFirst({
        where: {
          entityType: "user",
          entityId: email,
          action: "auth.sign_in_unlocked",
          createdAt: { gte: windowStart },
        },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      });
      const since = lifted && lifted.createdAt > windowStart ? lifted.createdAt : windowStart;
      const byEmailAndIp = await tx.auditEvent.count({
        where: {
          entityType: "user",
          entityId: email,
          action: "auth.sign_in_failed",
          createdAt: { gte: since },
          data: { path: ["ip"], equals: ip },
        },
      });
      const byIp = await tx.auditEvent.count({
        where: {
          action: "auth.sign_in_failed",
          createdAt: { gte: windowStart },
          data: { path: ["ip"], equals: ip },
        },
      });
      if (byEmailAndIp >= SIGN_IN_LIMITS.perEmail || byIp >= SIGN_IN_LIMITS.perIp)
        return { ok: false as const, limited: "locked" as const };
      const user = await tx.user.findUnique({ where: { email } });
      const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok || user.disabledAt) {
        // Committed with the transaction, before the lock is released.
        await tx.auditEvent.create({
          data: {
            action: "auth.sign_in_failed",
            entityType: "user",
            entityId: email,
            data: { ip },
          },
        });
        // This failure is the one that locks: on record, for admins to see and lift.
        const scope =
          byEmailAndIp + 1 === SIGN_IN_LIMITS.perEmail
            ? "email_address"
            : byIp + 1 === SIGN_IN_LIMITS.perIp
              ? "address"
              : null;
        if (scope)
          await tx.auditEvent.create({
            data: {
              action: "auth.sign_in_locked",
              entityType: "user",
              entityId: email,
              data: {
                ip,
                scope,
                until: new Date(Date.now() + SIGN_IN_LIMITS.windowMs).toISOString(),
              },
            },
          });
        return { ok: false as const, limited: null };
      }
      return { ok: true as const, user };
    },
    { timeout: 15_000 },
  );
}

/**
 * Lifts the sign-in lock of an email from every address (the failures so far stop counting for
 * it). Called by a password reset, and by an admin directly; on record as auth.sign_in_unlocked.
 */
export async function recordSignInUnlock(
  tx: Pick<Db, "auditEvent">,
  input: { email: string; actorId: string; reason: "password_reset" | "admin" },
) {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: "auth.sign_in_unlocked",
      entityType: "user",
      entityId: input.email.trim().toLowerCase(),
      data: { reason: input.reason },
    },
  });
}
