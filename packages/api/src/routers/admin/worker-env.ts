import { join } from "node:path";
import { dataDir } from "@claimdesk/db";
import { z } from "zod";
import { ensureLocalWorkerToken } from "../../worker/token.ts";

/** How the web process finds the worker's internal API (the same variables the worker reads). */
export const ZWorkerClientEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** base URL of the worker's internal API */
    WORKER_URL: z
      .url("must be a URL such as http://127.0.0.1:3001")
      .default("http://127.0.0.1:3001"),
    /** shared secret of the internal API; required in production, else the per-checkout file */
    WORKER_TOKEN: z
      .string()
      .min(32, "must be at least 32 characters (openssl rand -base64 32)")
      .optional(),
    CLAIMDESK_DATA_DIR: z.string().optional(),
  })
  .refine((env) => env.NODE_ENV !== "production" || env.WORKER_TOKEN, {
    message: "is required when NODE_ENV=production (the worker's shared secret)",
    path: ["WORKER_TOKEN"],
  });

export interface WorkerClientConfig {
  url: string;
  token: string;
}

/** A configuration problem, in one line naming the variable. */
export class WorkerConfigError extends Error {
  override name = "WorkerConfigError";
}

/**
 * Reads WORKER_URL and WORKER_TOKEN (empty strings count as unset). Without WORKER_TOKEN outside
 * production, the token is the checkout's `.data/worker-token`, which a local worker also uses.
 */
export function readWorkerClientConfig(
  source: Record<string, string | undefined> = process.env,
): WorkerClientConfig {
  const cleaned = Object.fromEntries(
    Object.entries(source).map(([key, value]) => [key, value === "" ? undefined : value]),
  );
  const result = ZWorkerClientEnv.safeParse(cleaned);
  if (!result.success) {
    const parts = result.error.issues.map(
      (i) => `${i.path.join(".") || "environment"}: ${i.message}`,
    );
    throw new WorkerConfigError(`invalid configuration: ${parts.join("; ")}`);
  }
  const env = result.data;
  const token =
    env.WORKER_TOKEN ??
    ensureLocalWorkerToken(join(dataDir(env.CLAIMDESK_DATA_DIR), "worker-token"));
  return { url: env.WORKER_URL.replace(/\/+$/, ""), token };
}
