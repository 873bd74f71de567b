import { TRPCClientError } from "@trpc/client";
import { TRPCError } from "@trpc/server";
import { createWorkerClient, type WorkerClient } from "../../worker/client.ts";
import type { WorkerRouter } from "../../worker/router.ts";
import { readWorkerClientConfig, WorkerConfigError } from "./worker-env.ts";

/** Admin calls wait this long for the worker before reporting it unreachable. */
const WORKER_TIMEOUT_MS = 5000;

let cached: { key: string; client: WorkerClient } | undefined;

/**
 * The one place the API makes a worker client: configuration from WORKER_URL / WORKER_TOKEN,
 * one client per (url, token), rebuilt only when they change.
 */
export function getWorker(): { url: string; client: WorkerClient } {
  const { url, token } = readWorkerClientConfig();
  const key = `${url}\n${token}`;
  if (cached?.key !== key) {
    cached = { key, client: createWorkerClient(url, { token, timeoutMs: WORKER_TIMEOUT_MS }) };
  }
  return { url, client: cached.client };
}

/** The configured worker URL, for messages (never throws). */
export function workerUrlForDisplay(): string {
  try {
    return readWorkerClientConfig().url;
  } catch {
    return process.env.WORKER_URL || "http://127.0.0.1:3001";
  }
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && chain.length < 6 && !chain.includes(current)) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/** Whether the worker answered at all (a tRPC error from it) or the call never got through. */
function workerAnswered(
  error: unknown,
): error is TRPCClientError<WorkerRouter> & { data: { code: string } } {
  return error instanceof TRPCClientError && typeof error.data?.code === "string";
}

/**
 * One readable line for why a worker call failed: "connect ECONNREFUSED 127.0.0.1:3001", "no
 * answer within 5 s", "the worker refused the token …", or the worker's own error.
 */
export function describeWorkerError(error: unknown): string {
  if (error instanceof WorkerConfigError) return error.message;
  if (workerAnswered(error)) {
    if (error.data.code === "UNAUTHORIZED")
      return "the worker refused the token (WORKER_TOKEN differs between the web app and the worker)";
    return `the worker answered ${error.data.code}: ${error.message}`;
  }
  const chain = causes(error);
  if (chain.some((e) => (e as { name?: string }).name === "TimeoutError"))
    return `no answer within ${WORKER_TIMEOUT_MS / 1000} s`;
  // The deepest error with a system code (ECONNREFUSED, ENOTFOUND…) says the most.
  const system = [...chain]
    .reverse()
    .find((e) => typeof (e as { code?: unknown }).code === "string") as
    | { code: string; message?: string }
    | undefined;
  if (system) return system.message || system.code;
  const last = chain.at(-1);
  return last instanceof Error && last.message ? last.message : "no answer";
}

/** For mutations: the worker's own errors keep their code; not reaching it is SERVICE_UNAVAILABLE. */
export function workerCallError(error: unknown, url: string): TRPCError {
  if (workerAnswered(error)) {
    const code = error.data.code as TRPCError["code"];
    if (code !== "UNAUTHORIZED" && code !== "INTERNAL_SERVER_ERROR")
      return new TRPCError({ code, message: error.message, cause: error });
  }
  return new TRPCError({
    code: "SERVICE_UNAVAILABLE",
    message: `Worker unreachable at ${url}: ${describeWorkerError(error)}. Start it with \`pnpm claimdesk start\`.`,
    cause: error,
  });
}

/** Runs one worker call for a procedure, turning failures into readable tRPC errors. */
export async function callWorker<T>(call: (client: WorkerClient) => Promise<T>): Promise<T> {
  let url: string | undefined;
  try {
    const worker = getWorker();
    url = worker.url;
    return await call(worker.client);
  } catch (error) {
    throw workerCallError(error, url ?? workerUrlForDisplay());
  }
}
