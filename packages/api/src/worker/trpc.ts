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

/** Every worker procedure needs the shared secret: the router is internal, never public. */
export const workerProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.authorized) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "The worker API needs the WORKER_TOKEN secret.",
    });
  }
  return next();
});
