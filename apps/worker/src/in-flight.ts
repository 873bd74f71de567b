/**
 * Ids held by running handlers, counted: two jobs may touch one article (a retry and a
 * recovery-sweep re-queue, say), and the one that finishes first (often by skipping) must not
 * release the article the other still works on.
 */
export class HeldIds implements Iterable<string> {
  private readonly counts = new Map<string, number>();

  add(id: string): void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }

  release(id: string): void {
    const left = (this.counts.get(id) ?? 0) - 1;
    if (left > 0) this.counts.set(id, left);
    else this.counts.delete(id);
  }

  has(id: string): boolean {
    return this.counts.has(id);
  }

  get size(): number {
    return this.counts.size;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.counts.keys();
  }
}

/** What this process is working on, so a shutdown can hand it back to other workers. */
export class InFlight {
  readonly articles = new HeldIds();
  readonly reindexRuns = new HeldIds();

  async track<T>(held: HeldIds, id: string, fn: () => Promise<T>): Promise<T> {
    held.add(id);
    try {
      return await fn();
    } finally {
      held.release(id);
    }
  }
}
