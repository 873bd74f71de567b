import { loadEnv } from "@claimdesk/env";
import { z } from "zod";

const ZWebEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required (the start command sets it; see README)" })
    .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_ORIGIN: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  CLAIMDESK_ORG_NAME: z.string().min(1).default("claimdesk demo desk"),
  CLAIMDESK_ORG_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  MEILI_HOST: z.url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
});

export type WebEnv = z.output<typeof ZWebEnv>;

let cached: WebEnv | undefined;

/** Validated once at boot: a bad variable stops the server with one line naming it. */
export function webEnv(): WebEnv {
  cached ??= loadEnv(ZWebEnv);
  return cached;
}
