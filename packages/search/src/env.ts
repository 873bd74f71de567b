import { parseEnv } from "@claimdesk/env";
import { z } from "zod";

export const ZSearchEnv = z
  .object({
    MEILI_HOST: z.url({ message: "must be a URL such as http://127.0.0.1:7700" }).optional(),
    MEILI_MASTER_KEY: z.string().min(1).optional(),
    /**
     * One embedder's settings in Meilisearch's own shape (JSON), e.g.
     * {"source":"ollama","url":"http://ollama:11434/api/embed","model":"nomic-embed-text"}:
     * set on the claims index as embedder "claimdesk"; matching then searches hybrid.
     */
    MEILI_EMBEDDER: z
      .string()
      .transform((value, ctx) => {
        try {
          const parsed = JSON.parse(value) as unknown;
          if (parsed && typeof parsed === "object" && "source" in parsed)
            return parsed as Record<string, unknown> & { source: string };
        } catch {}
        ctx.addIssue({
          code: "custom",
          message: 'must be a JSON object with a "source", e.g. {"source":"ollama",…}',
        });
        return z.NEVER;
      })
      .optional(),
    /** hybrid search's semanticRatio for matching (0 keyword only … 1 meaning only) */
    MEILI_SEMANTIC_RATIO: z.coerce.number().min(0).max(1).default(0.5),
    SEARCH_EMBEDDED_ENGINE: z
      .enum(["memory", "sql"], { message: "must be memory (the default) or sql" })
      .default("memory"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
      .optional(),
  })
  .refine((env) => !env.MEILI_HOST || env.MEILI_MASTER_KEY, {
    message: "MEILI_MASTER_KEY is required when MEILI_HOST is set",
    path: ["MEILI_MASTER_KEY"],
  });

export type SearchEnv = z.output<typeof ZSearchEnv>;

/** Search configuration: Meilisearch when MEILI_HOST is set, else the embedded backend. */
export function readSearchEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(ZSearchEnv, source);
}
