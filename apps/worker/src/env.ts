import { loadEnv } from "@claimdesk/env";
import { z } from "zod";

export const ZWorkerEnv = z.object({
  DATABASE_URL: z
    .string({ error: "is required (the start command sets it; see README)" })
    .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL"),
  WORKER_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  MEILI_HOST: z.url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type WorkerEnv = z.output<typeof ZWorkerEnv>;

export const readWorkerEnv = () => loadEnv(ZWorkerEnv);
