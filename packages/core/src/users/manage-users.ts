import type { Db, Role } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { hashPassword } from "../auth/password.ts";
import { ALL_SESSIONS, notifySessionChange } from "../auth/session-events.ts";
import { recordSignInUnlock } from "../auth/sign-in.ts";
import { badRequest, conflict, notFound } from "../errors.ts";

export const MIN_PASSWORD_LENGTH = 10;
const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  createdAt: true,
} as const;

function checkPassword(password: string) {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw badRequest(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
}

export async function listUsers(db: Db) {
  return db.user.findMany({
    orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    select: USER_SELECT,
  });
}

export async function createUser(
  db: Db,
  input: { email: string; name: string; role: Role; password: string; actorId: string },
) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw badRequest("Enter a valid email address.");
  if (!input.name.trim()) throw badRequest("Enter the person's name.");
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "admin");
    if (await tx.user.findUnique({ where: { email } }))
      throw conflict(`A user with the email ${email} already exists.`);
    const user = await tx.user.create({
      data: { email, name: input.name.trim(), role: input.role, passwordHash },
      select: USER_SELECT,
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      data: { email, role: input.role },
    });
    return user;
  });
}

/**
 * Changes role and/or disables. Admins cannot demote or disable themselves, and the last enabled
 * admin is never demoted or disabled (no lock-out). The enabled admins' rows are locked first, so
 * two admins demoting each other at the same moment are serialised: the second finds it is no
 * longer an admin.
 */
export async function updateUser(
  db: Db,
  input: { userId: string; role?: Role; disabled?: boolean; actorId: string },
) {
  return db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      select id from "User" where role = 'admin' and "disabledAt" is null order by id for update`;
    await loadActor(tx, input.actorId, "admin");
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw notFound("User");
    if (user.id === input.actorId && ((input.role && input.role !== "admin") || input.disabled)) {
      throw conflict("You cannot demote or disable your own account; ask another admin.");
    }
    const removesAdmin =
      user.role === "admin" &&
      !user.disabledAt &&
      ((input.role !== undefined && input.role !== "admin") || input.disabled === true);
    if (removesAdmin && !admins.some((a) => a.id !== user.id)) {
      throw conflict("This is the last enabled admin; make someone else an admin first.");
    }
    const data: { role?: Role; disabledAt?: Date | null } = {};
    if (input.role) data.role = input.role;
    if (input.disabled !== undefined)
      data.disabledAt = input.disabled ? (user.disabledAt ?? new Date()) : null;
    const updated = await tx.user.update({ where: { id: user.id }, data, select: USER_SELECT });
    if (input.disabled) await tx.session.deleteMany({ where: { userId: user.id } });
    // Role or access changed: every web process forgets its reused sessions when this commits.
    await notifySessionChange(tx, ALL_SESSIONS);
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "user.update",
      entityType: "user",
      entityId: user.id,
      data: { role: input.role ?? null, disabled: input.disabled ?? null },
    });
    return updated;
  });
}

/** Sets a new password and signs the user out everywhere. */
export async function resetUserPassword(
  db: Db,
  input: { userId: string; password: string; actorId: string },
) {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "admin");
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw notFound("User");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await notifySessionChange(tx, ALL_SESSIONS);
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "user.reset-password",
      entityType: "user",
      entityId: user.id,
    });
    // The lock-out message tells a locked-out user to ask for a reset: it lifts the lock.
    await recordSignInUnlock(tx, {
      email: user.email,
      actorId: input.actorId,
      reason: "password_reset",
    });
    return { ok: true as const };
  });
}

/** An admin lifts a user's sign-in lock (from every address) without changing the password. */
export async function liftSignInLock(db: Db, input: { userId: string; actorId: string }) {
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "admin");
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw notFound("User");
    await recordSignInUnlock(tx, { email: user.email, actorId: input.actorId, reason: "admin" });
    return { ok: true as const };
  });
}
