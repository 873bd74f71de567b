import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const e2eDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = join(e2eDir, "..");
export const artifactsDir = join(e2eDir, "artifacts");
export const stateFile = join(artifactsDir, "stack.json");

export interface StackState {
  baseURL: string;
  databaseUrl: string;
  adminUrl: string;
  database: string;
  pids: number[];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a child process whose output goes to artifacts/<name>.log; it dies with its process group. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd = repoRoot,
): ChildProcess {
  mkdirSync(artifactsDir, { recursive: true });
  const log = join(artifactsDir, `${name}.log`);
  writeFileSync(log, "");
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const append = (chunk: Buffer) => writeFileSync(log, chunk, { flag: "a" });
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  return child;
}

export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the server for ${url} exited; see e2e/artifacts/*.log`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms; see e2e/artifacts/*.log`);
}

export function readState(): StackState {
  return JSON.parse(readFileSync(stateFile, "utf8")) as StackState;
}

export function webBuildExists(): boolean {
  return existsSync(join(repoRoot, "apps/web/build/server/index.js"));
}
