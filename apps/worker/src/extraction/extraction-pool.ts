import { Worker } from "node:worker_threads";
import type { Extractor } from "@claimdesk/core/articles";
import type { ExtractionOptions, ExtractionResult } from "@claimdesk/extraction";

export interface ThreadTask {
  id: number;
  input: string;
  options: ExtractionOptions;
}
export type ThreadReply =
  | { id: number; result: ExtractionResult }
  | { id: number; error: { name: string; message: string } };

interface Pending {
  task: ThreadTask;
  resolve: (result: ExtractionResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

// A plain JavaScript entry that registers tsx in the thread (see the file).
const threadFile = new URL("./extraction-thread.mjs", import.meta.url);

/**
 * A fixed pool of worker threads running the extractor, so a 2 M-character article never blocks
 * the worker's event loop (health checks, job polling, the outbox loop). Tasks queue in order;
 * a thread that dies fails its task and is replaced.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError("size must be ≥ 1");
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(threadFile);
    const slot: Slot = { worker, busy: null };
    worker.unref();
    worker.on("message", (reply: ThreadReply) => {
      const done = slot.busy;
      slot.busy = null;
      if (done) {
        if ("result" in reply) done.resolve(reply.result);
        else {
          const error = new Error(reply.error.message);
          error.name = reply.error.name;
          done.reject(error);
        }
      }
      this.pump();
    });
    worker.on("error", (error) => this.replace(slot, error));
    worker.on("exit", (code) => {
      if (!this.closed) this.replace(slot, new Error(`extraction thread exited (code ${code})`));
    });
    return slot;
  }

  private replace(slot: Slot, error: Error) {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    slot.busy?.reject(new Error(`extraction thread failed: ${error.message}`));
    slot.busy = null;
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.spawn();
    this.pump();
  }

  private pump() {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.busy = next;
      slot.worker.postMessage(next.task);
    }
  }

  /** Extracts in a thread; resolves with the same result extractStatements would give. */
  run(input: string, options: ExtractionOptions): Promise<ExtractionResult> {
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, input, options }, resolve, reject });
      this.pump();
    });
  }

  /** The pool as the extraction job's Extractor. */
  readonly extractor: Extractor = (input, options) => this.run(input, options);

  async close() {
    this.closed = true;
    for (const pending of this.queue.splice(0))
      pending.reject(new Error("the extraction pool is closed"));
    for (const slot of this.slots) slot.busy?.reject(new Error("the extraction pool is closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
