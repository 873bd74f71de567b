import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getDb } from "@claimdesk/db";
import { enqueue, type JobDefinition, type JobPayload, startQueue } from "@claimdesk/jobs";
import { createSearchBackend, verifyIndex } from "@claimdesk/search";
import { afterEach, expect } from "vitest";

const workerDir = join(dirname(fileURLToPath(import.meta.url)), "..");
// `node --import tsx` runs the worker in this one process (the tsx CLI would spawn a child, and a
// SIGKILL to the CLI would leave the real worker running).
const tsxLoader = createRequire(join(workerDir, "package.json")).resolve("tsx");

export interface SpawnedWorker {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<number | null>;
}

/**
 * Spawns the real worker process (tsx) on the test's database, on a random port. `entry` is
 * "main" (production entry) or "tests" (test/fixtures/worker-for-tests.ts: loopback allowed).
 */
export async function spawnWorker(
  options: { entry?: "main" | "tests"; env?: Record<string, string> } = {},
): Promise<SpawnedWorker> {
  const entry = options.entry === "main" ? "src/main.ts" : "test/fixtures/worker-for-tests.ts";
  const child = spawn(process.execPath, ["--import", tsxLoader, entry], {
    cwd: workerDir,
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL!,
      NODE_ENV: "test",
      WORKER_PORT: "0",
      WORKER_LEASE_SECONDS: "2",
      OUTBOX_POLL_MS: "100",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(line);
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const url = await waitFor(
    () => lines.map((l) => l.match(/health on (http:\/\/\S+)\/healthz/)?.[1]).find(Boolean),
    // 90 s: a cold start compiles the worker with tsx, slow on a loaded 2-core host
    { timeoutMs: 90_000, what: () => `worker ready line; output so far:\n${lines.join("\n")}` },
  );
  return { child, url, lines, exited };
}

/** Polls `fn` until it returns a truthy value. */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  options: { timeoutMs?: number; intervalMs?: number; what?: string | (() => string) } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const value = await fn();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) {
      const what =
        typeof options.what === "function" ? options.what() : (options.what ?? "condition");
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 50));
  }
}

/** Stops a spawned worker if it still runs (SIGKILL), for afterEach. */
export async function killQuietly(worker: SpawnedWorker | undefined) {
  if (worker && worker.child.exitCode === null && worker.child.signalCode === null) {
    worker.child.kill("SIGKILL");
    await worker.exited;
  }
}

/**
 * For a test file whose tests spawn workers: registers an afterEach that SIGKILLs the ones still
 * running, and returns what spawns one (the test entry, with these variables).
 */
export function workersKilledAfterEach() {
  let workers: SpawnedWorker[] = [];
  afterEach(async () => {
    for (const w of workers) await killQuietly(w);
    workers = [];
  });
  return async (env: Record<string, string> = {}) => {
    const w = await spawnWorker({ env });
    workers.push(w);
    return w;
  };
}

/** Puts one job on the test database's queue, as the web app does, and closes the queue. */
export async function enqueueOnce<J extends JobDefinition>(job: J, payload: JobPayload<J>) {
  const boss = await startQueue(process.env.DATABASE_URL!, { supervise: false });
  await enqueue(boss, job, payload);
  await boss.stop({ graceful: false, close: true });
}

/** An article page with enough sentences for extraction. */
export function articleHtml(title: string, paragraphs = 6): string {
  const ps = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>"The harbor bridge carries ${62_000 + i} vehicles a day," said Mayor Elena Vasquez on Tuesday, paragraph ${i}. The council voted 5-4 to cut the repair budget by $${3 + i} million, according to city records.</p>`,
  ).join("\n");
  return `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="Harbor Daily"></head><body><article><h1>${title}</h1>${ps}</article></body></html>`;
}

/** Waits for the outbox to drain, then checks verify-index finds nothing missing, stale or orphaned. */
export async function expectIndexInStep() {
  const db = getDb();
  // The outbox loop drains what the work wrote; then the index must match the database.
  await waitFor(
    async () => (await db.outboxEvent.count({ where: { processedAt: null, deadAt: null } })) === 0,
    {
      timeoutMs: 30_000,
      what: "the outbox to drain",
    },
  );
  const backend = createSearchBackend({ DATABASE_URL: process.env.DATABASE_URL });
  try {
    const result = await verifyIndex(db, backend);
    for (const index of ["claims", "statements", "articles"] as const) {
      expect({
        index,
        missing: result[index].missing,
        stale: result[index].stale,
        orphaned: result[index].orphaned,
      }).toEqual({
        index,
        missing: [],
        stale: [],
        orphaned: [],
      });
    }
    expect(result.ok).toBe(true);
  } finally {
    await backend.close();
  }
}
