import { createLogger } from "@claimdesk/env/log";

/** The app's logger (pino; LOG_LEVEL). Errors carry the request id the web server gave them. */
export const log = createLogger("web");

/** The id the web server gave this request (also in the response's x-request-id header). */
export const requestIdOf = (request: Request) => request.headers.get("x-request-id") ?? undefined;
