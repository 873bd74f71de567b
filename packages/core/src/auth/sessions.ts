import { createHash, randomBytes } from "node:crypto";
import type { Db, Role } from "@claimdesk/db";
import { notifySessionChange } from "./session-events.ts";

export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface ActiveSession {
  sessionId: string;
  csrfToken: string;
  user: SessionUser;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a session; returns the cookie token (only its hash is stored) and the CSRF token. */
export async function createSession(
  db: Db,
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null } = {},
) {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.session.create({
    data: {
      id: hashToken(token),
      userId,
      csrfToken,
      expiresAt,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, csrfToken, expiresAt };
}

/** The session behind a cookie token, or null when unknown, expired or the user is disabled. */
export async function getSession(
  db: Db,
  token: string | null | undefined,
): Promise<ActiveSession | null> {
  if (!token) return null;
  const id = hashToken(token);
  const session = await db.session.findUnique({
    where: { id },
    include: {
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!session || session.expiresAt < new Date() || session.user.disabledAt) return null;
  // Touch at most once a minute to keep reads cheap.
  if (Date.now() - session.lastSeenAt.getTime() > 60_000) {
    await db.session.update({ where: { id }, data: { lastSeenAt: new Date() } }).catch(() => {});
  }
  const { disabledAt: _disabled, ...user } = session.user;
  return { sessionId: id, csrfToken: session.csrfToken, user };
}

/** The session id of a cookie token (what the database and the session notifications use). */
export const sessionIdOf = hashToken;

/** Signs a session out, in every web process at once (a notification in the same transaction). */
export async function deleteSession(db: Db, token: string | null | undefined): Promise<void> {
  if (!token) return;
  const id = hashToken(token);
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id } });
    await notifySessionChange(tx, id);
  });
}
