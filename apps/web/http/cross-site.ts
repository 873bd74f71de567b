// A document POST (PUT, PATCH, DELETE) whose Origin is another site: Remix's own check throws
// on it and answers an empty 500. This answers 403 with the app's error page instead, before
// Remix sees the request: it goes on as a GET of the same address marked refused, and the root
// loader (app/root.tsx) throws the 403, so the page renders in the app's layout at the address
// the browser shows. No action runs.
import type { FetchHandler } from "./node-handler.ts";

/** Set only here (a client's own is removed); root.tsx answers 403 when it is present. */
export const REFUSED_HEADER = "x-claimdesk-refused";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The check Remix makes (@remix-run/server-runtime actions.js): Origin against the host. */
export function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  return !host || originHost !== host;
}

export function refuseCrossSitePosts(handle: FetchHandler): FetchHandler {
  return (request) => {
    const url = new URL(request.url);
    if (request.headers.has(REFUSED_HEADER)) {
      const headers = new Headers(request.headers);
      headers.delete(REFUSED_HEADER);
      request = new Request(request, { headers });
    }
    // Resource routes (the API, health) check their callers themselves and Remix does not.
    if (!UNSAFE.has(request.method) || url.pathname.startsWith("/api/") || !isCrossSite(request))
      return handle(request);
    // Single-fetch data requests get no page: the client router shows its own error.
    if (url.pathname.endsWith(".data"))
      return Promise.resolve(
        new Response("Cross-site request refused.", {
          status: 403,
          headers: { "content-type": "text/plain; charset=utf-8" },
        }),
      );
    // The body is left unread: node discards it once the answer is sent (cancelling the stream
    // would destroy the connection before the 403 goes out).
    const headers = new Headers(request.headers);
    for (const name of ["content-type", "content-length", "transfer-encoding", "origin"])
      headers.delete(name);
    headers.set(REFUSED_HEADER, "cross-site");
    return handle(new Request(url.href, { method: "GET", headers, signal: request.signal }));
  };
}
