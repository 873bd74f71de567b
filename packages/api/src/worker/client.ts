import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { WorkerRouter } from "./router.ts";
import { WORKER_TOKEN_HEADER } from "./token.ts";

/**
 * A typed client for a worker's internal API (server-side only: it carries the shared secret).
 * `url` is the worker's base URL, e.g. http://127.0.0.1:3001.
 *
 *   const worker = createWorkerClient(process.env.WORKER_URL ?? "http://127.0.0.1:3001", { token });
 *   const { queues, outbox } = await worker.queues.query();
 *   await worker.retry.mutate({ target: "outbox", actorId: user.id });
 */
export function createWorkerClient(url: string, options: { token: string; timeoutMs?: number }) {
  const base = url.replace(/\/+$/, "");
  return createTRPCClient<WorkerRouter>({
    links: [
      httpBatchLink({
        url: `${base}/trpc`,
        headers: () => ({ [WORKER_TOKEN_HEADER]: options.token }),
        fetch: (input, init) =>
          fetch(input, {
            ...(init as RequestInit),
            signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
          }),
      }),
    ],
  });
}

export type WorkerClient = ReturnType<typeof createWorkerClient>;
