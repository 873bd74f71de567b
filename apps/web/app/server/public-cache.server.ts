import { readCookie, SESSION_COOKIE } from "@claimdesk/api";

/**
 * Response headers for a public page (fact-checks). Shared caches may keep it, unless the reader
 * is signed in: every page carries the root loader's data, the signed-in user's name, email and
 * CSRF token, which must never be served to someone else. `Vary: Cookie` for caches that key on it.
 */
export function publicPageHeaders(request: Request, cacheControl: string) {
  const signedIn = readCookie(request.headers.get("cookie"), SESSION_COOKIE) !== null;
  return { "Cache-Control": signedIn ? "private, no-store" : cacheControl, Vary: "Cookie" };
}

/** The headers export of a public page: what its loader chose (private when unsure). */
export function passPublicPageHeaders({ loaderHeaders }: { loaderHeaders: Headers }) {
  return {
    "Cache-Control": loaderHeaders.get("Cache-Control") ?? "private, no-store",
    Vary: "Cookie",
  };
}
