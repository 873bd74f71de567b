/** What this process is working on, so a shutdown can hand it back to other workers. */
export class InFlight {
  readonly articles = new Set<string>();
  readonly reindexRuns = new Set<string>();

  async track<T>(set: Set<string>, id: string, fn: () => Promise<T>): Promise<T> {
    set.add(id);
    try {
      return await fn();
    } finally {
      set.delete(id);
    }
  }
}
