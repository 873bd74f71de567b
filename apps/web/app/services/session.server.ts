import { isStorableText, readCookie, SESSION_COOKIE } from "@claimdesk/api";
import { type ActiveSession, getSession, hasRole } from "@claimdesk/core/auth";
import type { Role } from "@claimdesk/db";
import { redirect } from "@remix-run/node";
import { webEnv } from "./env.server.ts";
import { webServices } from "./services.server.ts";
import { SessionListener } from "./session-listener.server.ts";
import { SessionReuse } from "./session-reuse.server.ts";

/**
 * This process's reused sessions (session-reuse.server.ts): sign-outs and admin changes made in
 * any process reach it through PostgreSQL LISTEN/NOTIFY (session-listener.server.ts).
 */
let reuse: SessionReuse | undefined;

function sessions(): SessionReuse {
  if (!reuse) {
    const { db } = webServices();
    const listener = new SessionListener(webEnv().DATABASE_URL);
    // Until it is connected nothing is reused; it retries in the background on failure.
    listener.start().catch(() => {});
    reuse = new SessionReuse({ lookup: (token) => getSession(db, token), listener });
  }
  return reuse;
}

export function getActiveSession(request: Request): Promise<ActiveSession | null> {
  webServices(); // the first request stops on a bad environment, with or without a cookie
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  // A cookie the database could not even look up is no session (it was a 500 on every page).
  if (!token || !isStorableText(token)) return Promise.resolve(null);
  return sessions().get(token);
}

/**
 * Drops every reused session in this process at once (an admin changed a user); the other
 * processes hear of it from the change's own notification.
 */
export function forgetAllSessions(): void {
  reuse?.forgetAll();
}

/** Drops a session from this process's reuse cache (sign-out; others hear of it by notification). */
export function forgetSession(request: Request): void {
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (token) reuse?.forgetToken(token);
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
