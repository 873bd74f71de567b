/**
 * A short-lived cache of search results in this process, keyed by the normalised query (words,
 * filters, sort, page) and the search index's version: the embedded backend bumps that version
 * after every write searches can see, so a cached result is never served after the index
 * changed (one cheap primary-key read per request checks it). Concurrent identical searches
 * share one computation. Turned off with SEARCH_RESULT_CACHE=off (the load test reports both).
 */
const MAX_ENTRIES = 5000;
const TTL_MS = 60_000;

interface Entry<T> {
  at: number;
  value: Promise<T>;
}

export class ResultCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  hits = 0;
  misses = 0;

  constructor(
    readonly maxEntries = MAX_ENTRIES,
    readonly ttlMs = TTL_MS,
  ) {}

  /** The cached value for key at version, else compute() (cached unless it fails). */
  async get(
    key: string,
    version: string,
    compute: () => Promise<T>,
  ): Promise<{ value: T; hit: boolean }> {
    const fullKey = `${version}\u0000${key}`;
    const now = Date.now();
    const entry = this.#entries.get(fullKey);
    if (entry && now - entry.at < this.ttlMs) {
      this.hits++;
      // Most recently used last (Map keeps insertion order): evicted last.
      this.#entries.delete(fullKey);
      this.#entries.set(fullKey, entry);
      return { value: await entry.value, hit: true };
    }
    this.misses++;
    const value = compute();
    this.#entries.set(fullKey, { at: now, value });
    value.catch(() => this.#entries.delete(fullKey));
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return { value: await value, hit: false };
  }

  clear(): void {
    this.#entries.clear();
  }
}

export function resultCacheEnabled(): boolean {
  return process.env.SEARCH_RESULT_CACHE !== "off";
}

/** Case and spacing do not change what the search backend returns. */
export function normaliseQueryText(q: string): string {
  return q.trim().toLowerCase().replace(/\s+/g, " ");
}
