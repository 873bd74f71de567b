import { createCaller, createContext } from "@claimdesk/api";
import { navCounts } from "./nav-counts.server.ts";
import { webServices } from "./services.server.ts";
import { forgetAllSessions, getActiveSession } from "./session.server.ts";

/**
 * A server-side tRPC caller for loaders and actions. Actions pass the CSRF token they read from
 * the submitted form, so the same CSRF rule guards forms and client calls.
 */
export async function serverCaller(request: Request, options: { csrfToken?: string | null } = {}) {
  const session = await getActiveSession(request);
  navCounts.forgetAfter(request, session?.user.id);
  const ctx = await createContext({
    request,
    services: webServices(),
    csrfToken: options.csrfToken,
    session,
    // procedures that change sessions say so (changesSessions in packages/api)
    onSessionsChanged: forgetAllSessions,
  });
  return createCaller(ctx);
}
