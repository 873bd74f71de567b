import { readCookie, SESSION_COOKIE } from "@claimdesk/api";

/**
 * Response headers for a public page (fact-checks). Shared caches may keep it, unless the reader
 * is signed in or its URLs follow the request's Host (no PUBLIC_ORIGIN): every page carries the root loader's data, the signed-in user's name, email and
 * CSRF token, which must never be served to someone else. `Vary: Cookie` for caches that key on it.
 */
export function publicPageHeaders(
  request: Request,
  cacheControl: string,
  options: { hostDerived?: boolean } = {},
) {
  const signedIn = readCookie(request.headers.get("cookie"), SESSION_COOKIE) !== null;
  // Without PUBLIC_ORIGIN the page's canonical and JSON-LD URLs come from the request's Host
  // header, which a client chooses: a shared cache must not keep such a page for others.
  const shared = !signedIn && !options.hostDerived;
  return { "Cache-Control": shared ? cacheControl : "private, no-store", Vary: "Cookie" };
}

/** The headers export of a public page: what its loader chose (private when unsure). */
export function passPublicPageHeaders({ loaderHeaders }: { loaderHeaders: Headers }) {
  return {
    "Cache-Control": loaderHeaders.get("Cache-Control") ?? "private, no-store",
    Vary: "Cookie",
  };
}

/** How long a fact-check page counts as recently changed (and cached briefly). */
export const RECENT_CHANGE_MS = 60 * 60_000;

/**
 * A fact-check page's Cache-Control: five minutes (ten more stale) normally; one minute when what
 * readers see changed in the last hour (published, corrected, retracted), since a second change
 * often follows. With CDN_PURGE_URL the worker also purges changed pages (docs/operations.md).
 */
export function factCheckCacheControl(changedAt: Date | string, now = Date.now()): string {
  const recent = now - new Date(changedAt).getTime() < RECENT_CHANGE_MS;
  return recent
    ? "public, max-age=60, stale-while-revalidate=60"
    : "public, max-age=300, stale-while-revalidate=600";
}
