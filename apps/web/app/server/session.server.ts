import { isStorableText, readCookie, SESSION_COOKIE } from "@claimdesk/api";
import { type ActiveSession, getSession, hasRole } from "@claimdesk/core/auth";
import { getDb, type Role } from "@claimdesk/db";
import { redirect } from "@remix-run/node";
import { webEnv } from "./env.server.ts";

/**
 * How long a looked-up session is reused. A page render resolves the session in the root
 * loader, the route loader and the tRPC caller (Remix hands each loader its own Request object,
 * so a per-Request cache cannot span them): they share one lookup, and concurrent requests of
 * one browser too. Sign-out, and an admin changing a user (role, access, password), forget the
 * reused sessions at once in this process; in other processes a revoked session or disabled
 * user is refused at most this much later.
 */
const SESSION_REUSE_MS = 1000;
const MAX_CACHED_SESSIONS = 10_000;
const recent = new Map<string, { at: number; session: Promise<ActiveSession | null> }>();

export function getActiveSession(request: Request): Promise<ActiveSession | null> {
  webEnv();
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  // A cookie the database could not even look up is no session (it was a 500 on every page).
  if (!token || !isStorableText(token)) return Promise.resolve(null);
  const now = Date.now();
  const cached = recent.get(token);
  if (cached && now - cached.at < SESSION_REUSE_MS) return cached.session;
  const session = getSession(getDb(), token);
  if (recent.size >= MAX_CACHED_SESSIONS) {
    for (const [key, entry] of recent) if (now - entry.at >= SESSION_REUSE_MS) recent.delete(key);
    if (recent.size >= MAX_CACHED_SESSIONS) recent.clear();
  }
  recent.set(token, { at: now, session });
  session.catch(() => recent.delete(token));
  return session;
}

/**
 * Drops every reused session: an admin changed a user (role, access, password), and that user's
 * next request must read the database again. Rare, so all are forgotten rather than tracking
 * which session belongs to whom on every lookup.
 */
export function forgetAllSessions(): void {
  recent.clear();
}

/** Drops a session from the reuse cache (sign-out). */
export function forgetSession(request: Request): void {
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (token) recent.delete(token);
}

/** The signed-in session, or a redirect to the sign-in page that comes back here. */
export async function requireSession(
  request: Request,
  role: Role = "reviewer",
): Promise<ActiveSession> {
  const session = await getActiveSession(request);
  if (!session) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (!hasRole(session.user.role, role)) {
    throw new Response(`This page needs the ${role} role.`, { status: 403 });
  }
  return session;
}

export function isSecureRequest(request: Request): boolean {
  return (
    new URL(request.url).protocol === "https:" ||
    request.headers.get("x-forwarded-proto") === "https"
  );
}
