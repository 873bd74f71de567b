import { type ActiveSession, getSession } from "@claimdesk/core/auth";
import type { Db } from "@claimdesk/db";
import type { JobQueue, Services } from "@claimdesk/jobs/services";
import type { ClaimMatchSource, SearchBackend, SearchResultCache } from "@claimdesk/search";
import { readCookie, SESSION_COOKIE } from "./cookies.ts";
import { isStorableText } from "./text.ts";

export const CSRF_HEADER = "x-csrf-token";
/** Set on every request (and response) by the web server. */
export const REQUEST_ID_HEADER = "x-request-id";

/** The services a procedure may use: the entry point's `createServices(env)`, built once. */
export type ContextServices = Pick<
  Services,
  "db" | "search" | "searchResults" | "matches" | "queue"
>;

export interface Context {
  db: Db;
  search: SearchBackend;
  searchResults: SearchResultCache;
  matches: ClaimMatchSource;
  /** null in a process without a job queue (procedures that must enqueue refuse: requireQueue) */
  queue: JobQueue | null;
  session: ActiveSession | null;
  /** The request passed the CSRF checks (same-origin and the session's token); required for mutations. */
  csrfOk: boolean;
  ip: string | null;
  userAgent: string | null;
  origin: string;
  /** The web server's id for this request (x-request-id), for logs and error messages. */
  requestId: string | null;
  /**
   * Called after a procedure that changes users' sessions succeeded (`changesSessions` in
   * trpc.ts): the web process forgets the sessions it reuses.
   */
  onSessionsChanged?: () => void;
}

/**
 * The client address from X-Forwarded-For, which the web server (apps/web/http/node-handler.ts)
 * replaces with the one address it trusts: the connection's, or what the trusted proxies saw.
 */
export function clientIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for");
  return forwarded ? (forwarded.split(",")[0]?.trim() ?? null) : null;
}

/**
 * A cross-site request carries an Origin (or Referer) of another site. Requests with neither
 * header (curl, server-side callers) are judged by the CSRF token alone.
 */
export function isSameOrigin(request: Request): boolean {
  const expected = new URL(request.url);
  const forwardedHost = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const host = forwardedHost ?? expected.host;
  const source = request.headers.get("origin") ?? request.headers.get("referer");
  if (!source || source === "null") return source !== "null";
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}

/**
 * Builds the tRPC context of one request from a plain Request (never from an app type) and the
 * process's services (references only: nothing is built per request).
 */
export async function createContext(opts: {
  request: Request;
  services: ContextServices;
  csrfToken?: string | null;
  /** The request's session when the caller already resolved it (else it is looked up here). */
  session?: ActiveSession | null;
  onSessionsChanged?: () => void;
}): Promise<Context> {
  const { request: req, services } = opts;
  const { db } = services;
  const cookieToken = readCookie(req.headers.get("cookie"), SESSION_COOKIE);
  const session =
    opts.session !== undefined
      ? opts.session
      : await getSession(db, cookieToken && isStorableText(cookieToken) ? cookieToken : null);
  const token = opts.csrfToken ?? req.headers.get(CSRF_HEADER);
  const csrfOk = Boolean(session && token && token === session.csrfToken && isSameOrigin(req));
  return {
    db,
    search: services.search,
    searchResults: services.searchResults,
    matches: services.matches,
    queue: services.queue,
    session,
    csrfOk,
    ip: clientIp(req),
    userAgent: req.headers.get("user-agent"),
    origin: new URL(req.url).origin,
    requestId: req.headers.get(REQUEST_ID_HEADER),
    onSessionsChanged: opts.onSessionsChanged,
  };
}
