// The worker's internal tRPC API: contract (router + zod schemas), typed client, HTTP handler.
// Server-side only (the client carries the WORKER_TOKEN secret). See apps/worker/README.md.
export { createWorkerClient, type WorkerClient } from "./client.ts";
export { createWorkerHttpHandler } from "./http-handler.ts";
export { createWorkerCaller, type WorkerRouter, workerRouter } from "./router.ts";
export * from "./schemas.ts";
export type { WorkerService } from "./service.ts";
export {
  ensureLocalWorkerToken,
  presentedToken,
  tokenMatches,
  WORKER_TOKEN_HEADER,
} from "./token.ts";
export type { WorkerContext } from "./trpc.ts";
