import { createSearchBackend, type SearchBackend } from "@claimdesk/search";

let backend: SearchBackend | undefined;
let backendUrl: string | undefined;

/** One search backend per process (it holds a connection pool), rebuilt if DATABASE_URL changes (tests). */
export function getSearchBackend(): SearchBackend {
  if (!backend || backendUrl !== process.env.DATABASE_URL) {
    void backend?.close().catch(() => {});
    backend = createSearchBackend(process.env);
    backendUrl = process.env.DATABASE_URL;
  }
  return backend;
}
