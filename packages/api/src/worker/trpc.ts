import { DomainError } from "@claimdesk/core/errors";
import { initTRPC, TRPCError } from "@trpc/server";
import type { WorkerService } from "./service.ts";

/** Built per request by the worker's HTTP handler. */
export interface WorkerContext {
  service: WorkerService;
  /** the request carried the right shared secret (WORKER_TOKEN) */
  authorized: boolean;
}

const t = initTRPC.context<WorkerContext>().create({
  errorFormatter: ({ shape }) => ({ ...shape, data: { ...shape.data, stack: undefined } }),
});

export const workerRouterFactory = t.router;
export const createWorkerCallerFactory = t.createCallerFactory;

/** Domain errors (not found, bad request…) keep their message and get the matching tRPC code. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

/** Every worker procedure needs the shared secret: the router is internal, never public. */
export const workerProcedure = t.procedure.use(mapDomainErrors).use(({ ctx, next }) => {
  if (!ctx.authorized) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "The worker API needs the WORKER_TOKEN secret.",
    });
  }
  return next();
});
