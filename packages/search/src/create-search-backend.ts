import type { Embedder } from "meilisearch";
import { EmbeddedSearchBackend } from "./embedded/embedded-backend.ts";
import { readSearchEnv } from "./env.ts";
import { MeilisearchBackend } from "./meilisearch/meilisearch-backend.ts";
import type { SearchBackend } from "./types.ts";

/**
 * The search backend for this process: Meilisearch when MEILI_HOST is set (with
 * MEILI_MASTER_KEY), otherwise the embedded PostgreSQL backend on DATABASE_URL (entry points
 * resolve it first with resolveDatabase()). Call `close()` when done.
 */
export function createSearchBackend(
  source: Record<string, string | undefined> = process.env,
): SearchBackend {
  const env = readSearchEnv(source);
  if (env.MEILI_HOST) {
    return new MeilisearchBackend({
      host: env.MEILI_HOST,
      apiKey: env.MEILI_MASTER_KEY,
      embedder: env.MEILI_EMBEDDER as Embedder | undefined,
    });
  }
  if (!env.DATABASE_URL) {
    throw new Error("the embedded search backend needs DATABASE_URL: call resolveDatabase() first");
  }
  return new EmbeddedSearchBackend(env.DATABASE_URL, { engine: env.SEARCH_EMBEDDED_ENGINE });
}
