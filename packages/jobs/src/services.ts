import { createDb, type Db } from "@claimdesk/db";
import {
  type ClaimMatchSource,
  createClaimMatchSource,
  createSearchBackend,
  type SearchBackend,
  SearchResultCache,
} from "@claimdesk/search";
import { type Queue, type QueueOptions, startQueue } from "./queue.ts";

/** The process's pg-boss queue, started on first use; a failed start is tried again next time. */
export interface JobQueue {
  get(): Promise<Queue>;
}

/**
 * What a process talks to, built once by its entry point (web server, worker, CLI, a test file)
 * and handed to the code that uses it: procedures find these in their context, never in module
 * state.
 */
export interface Services {
  db: Db;
  /** the search backend (Meilisearch or embedded; the embedded one keeps a per-process copy) */
  search: SearchBackend;
  /** search pages already computed, keyed by the index version (SearchResultCache) */
  searchResults: SearchResultCache;
  /** "has this been checked before?": the archive of checked claims, loaded on first use */
  matches: ClaimMatchSource;
  /** null in a process that does not enqueue work */
  queue: JobQueue | null;
  /**
   * Ends what was started here: the queue (at once: a producer runs no job; the worker stops its
   * own queue gracefully first), the search backend's pool, the client if created here.
   */
  close(): Promise<void>;
}

export interface ServicesOptions {
  /** a client the entry point already holds (else one is created on DATABASE_URL and closed by close()) */
  db?: Db;
  /** this process's pg-boss settings (producers: supervise false; onError: its logger); false: no queue */
  queue?: (QueueOptions & { supervise: boolean; max: number }) | false;
  /** replace a service (tests pass fakes) */
  search?: SearchBackend;
  matches?: ClaimMatchSource;
  jobQueue?: JobQueue | null;
}

/**
 * Builds a process's services from its validated environment (DATABASE_URL, and MEILI_HOST,
 * SEARCH_EMBEDDED_ENGINE … for the search backend). Cheap: nothing connects until first used.
 */
export function createServices(
  env: Record<string, string | undefined> & { DATABASE_URL: string },
  options: ServicesOptions = {},
): Services {
  const ownDb = !options.db;
  const db = options.db ?? createDb(env.DATABASE_URL);
  const ownSearch = !options.search;
  const search = options.search ?? createSearchBackend(env);
  const matches = options.matches ?? createClaimMatchSource(db, { env });
  const started = options.jobQueue === undefined && options.queue ? options.queue : null;
  let queuePromise: Promise<Queue> | undefined;
  const queue: JobQueue | null =
    options.jobQueue !== undefined
      ? options.jobQueue
      : started
        ? {
            get() {
              queuePromise ??= startQueue(env.DATABASE_URL, started).catch((error: unknown) => {
                queuePromise = undefined;
                throw error;
              });
              return queuePromise;
            },
          }
        : null;
  return {
    db,
    search,
    searchResults: new SearchResultCache(),
    matches,
    queue,
    async close() {
      const boss = await queuePromise?.catch(() => undefined);
      await boss?.stop({ graceful: false, close: true, wait: true });
      if (ownSearch) await search.close().catch(() => {});
      if (ownDb) await db.$disconnect();
    },
  };
}
