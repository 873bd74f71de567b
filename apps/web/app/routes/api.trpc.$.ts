import { appRouter, createContext } from "@claimdesk/api";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_TRPC_BATCH } from "~/lib/limits.ts";
import { log, requestIdOf } from "~/services/log.server.ts";
import { navCounts } from "~/services/nav-counts.server.ts";
import { webServices } from "~/services/services.server.ts";
import { forgetAllSessions, getActiveSession } from "~/services/session.server.ts";

function handle({ request }: LoaderFunctionArgs | ActionFunctionArgs) {
  const services = webServices();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    // A batch of hundreds of calls (400 queries took 15 s) is refused before any runs.
    maxBatchSize: MAX_TRPC_BATCH,
    createContext: async () => {
      const session = await getActiveSession(request);
      navCounts.forgetAfter(request, session?.user.id);
      return createContext({
        request,
        services,
        session,
        onSessionsChanged: forgetAllSessions,
      });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        log.error(
          { err: error.cause ?? error, requestId: requestIdOf(request), path },
          "trpc error",
        );
    },
  });
}

export const loader = handle;
export const action = handle;
