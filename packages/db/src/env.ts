import { parseEnv } from "@claimdesk/env";
import { z } from "zod";

export const ZDatabaseEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
    .optional(),
  CLAIMDESK_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  CLAIMDESK_DATA_DIR: z.string().optional(),
});

export type DatabaseEnv = z.output<typeof ZDatabaseEnv>;

export function readDatabaseEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(ZDatabaseEnv, source);
}
