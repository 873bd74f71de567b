import type { SearchBackend } from "./types.ts";

const warming = new WeakMap<SearchBackend, { done: boolean; promise: Promise<void> }>();

/**
 * Starts loading the search backend (once per backend) and says whether it is ready: the
 * embedded memory engine loads its copy of the index, which takes seconds at 100K documents.
 * `/healthz` calls it, so the first health check warms a fresh server and reports progress.
 */
export function warmSearchBackend(current: SearchBackend): "ready" | "loading" {
  if (!current.warm) return "ready";
  let state = warming.get(current);
  if (!state) {
    const entry = { done: false, promise: Promise.resolve() };
    entry.promise = current.warm().then(
      () => {
        entry.done = true;
      },
      () => {
        warming.delete(current); // a later health check tries again
      },
    );
    warming.set(current, entry);
    state = entry;
  }
  return state.done ? "ready" : "loading";
}
