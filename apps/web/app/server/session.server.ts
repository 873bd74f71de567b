import { readCookie, SESSION_COOKIE } from "@claimdesk/api";
import { type ActiveSession, getSession, hasRole } from "@claimdesk/core/auth";
import { getDb, type Role } from "@claimdesk/db";
import { redirect } from "@remix-run/node";
import { webEnv } from "./env.server.ts";

export async function getActiveSession(request: Request): Promise<ActiveSession | null> {
  webEnv();
  return getSession(getDb(), readCookie(request.headers.get("cookie"), SESSION_COOKIE));
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

/** Only same-site paths are accepted as post-sign-in destinations. */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = "/",
): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\"))
    return fallback;
  return to;
}
