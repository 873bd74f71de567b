import type { IncomingMessage, ServerResponse } from "node:http";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { workerRouter } from "./router.ts";
import type { WorkerService } from "./service.ts";
import { presentedToken, tokenMatches } from "./token.ts";

/**
 * The worker's HTTP handler: `GET /healthz` (no secret; `{ ok }` only, 200 or 503, for load
 * balancers and orchestrators) and the tRPC router under `/trpc` (shared secret required).
 */
export function createWorkerHttpHandler(options: { service: WorkerService; token: string }) {
  const trpc = createHTTPHandler({
    router: workerRouter,
    basePath: "/trpc/",
    createContext: ({ req }) => ({
      service: options.service,
      authorized: tokenMatches(presentedToken(req.headers), options.token),
    }),
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
      options.service.health().then(
        (health) => {
          res.writeHead(health.ok ? 200 : 503, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok: health.ok, db: health.db.ok, queue: health.queue.ok }));
        },
        () => {
          res.writeHead(503, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok: false }));
        },
      );
      return;
    }
    if (path?.startsWith("/trpc/")) {
      trpc(req, res);
      return;
    }
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "not found" }));
  };
}
