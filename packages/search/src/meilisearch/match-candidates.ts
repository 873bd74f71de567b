import { type Embedder, Meilisearch } from "meilisearch";
import { readSearchEnv } from "../env.ts";
import { cleanStatement } from "../matching/analyze-text.ts";
import { EMBEDDER_NAME } from "./index-settings.ts";

/** Characters of a statement sent to Meilisearch (its queries are cut at 10 words anyway). */
const MAX_QUERY_CHARS = 1000;

/**
 * Matching through Meilisearch: candidates from the claims index for a statement, by keywords
 * with `matchingStrategy: "frequency"` (rare words must match, common ones may be missing: OR
 * semantics for a long statement, where the default "last" would drop words from the end) and,
 * when an embedder is configured (MEILI_EMBEDDER), by meaning too: hybrid search with
 * MEILI_SEMANTIC_RATIO. The matcher re-ranks them with its own candidates.
 */
export class MeilisearchMatchCandidates {
  readonly client: Meilisearch;
  readonly #embedder: Embedder | undefined;
  readonly #semanticRatio: number;

  constructor(options: {
    host: string;
    apiKey?: string;
    embedder?: Embedder;
    semanticRatio?: number;
  }) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
    this.#embedder = options.embedder;
    this.#semanticRatio = options.semanticRatio ?? 0.5;
  }

  static fromEnv(source: Record<string, string | undefined>): MeilisearchMatchCandidates {
    const env = readSearchEnv(source);
    if (!env.MEILI_HOST) throw new Error("MEILI_HOST is not set");
    return new MeilisearchMatchCandidates({
      host: env.MEILI_HOST,
      apiKey: env.MEILI_MASTER_KEY,
      embedder: env.MEILI_EMBEDDER as Embedder | undefined,
      semanticRatio: env.MEILI_SEMANTIC_RATIO,
    });
  }

  get hybrid(): boolean {
    return this.#embedder !== undefined;
  }

  /** Claim ids, best first. */
  async candidateIds(text: string, limit: number): Promise<string[]> {
    const q = cleanStatement(text).slice(0, MAX_QUERY_CHARS);
    if (!q) return [];
    const response = await this.client.index("claims").search<{ id: string }>(q, {
      matchingStrategy: "frequency",
      attributesToRetrieve: ["id"],
      limit,
      ...(this.#embedder
        ? { hybrid: { embedder: EMBEDDER_NAME, semanticRatio: this.#semanticRatio } }
        : {}),
    });
    return response.hits.map((h) => h.id);
  }
}
