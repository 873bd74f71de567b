// The production server under load: server.ts (node:cluster, one process per core) on a
// loopback port, waited for until every process has its search index, and a signed-in cookie.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LOAD_USER } from "./fixture.ts";

export const webDir = join(dirname(fileURLToPath(import.meta.url)), "../..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

/** Builds the app when there is no build (or LOAD_BUILD=1). */
export function ensureBuild(): void {
  if (!existsSync(join(webDir, "build/server/index.js")) || process.env.LOAD_BUILD === "1") {
    execFileSync("pnpm", ["build"], { cwd: webDir, stdio: "ignore" });
  }
}

/**
 * Starts server.ts on a free loopback port. LOAD_SERVER_PROFILE=<dir> writes a CPU profile per
 * server process there when it stops; LOAD_TRACE=1 turns on --trace-gc.
 */
export async function startServer(
  databaseUrl: string,
): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const profileDir = process.env.LOAD_SERVER_PROFILE;
  const tsx = createRequire(join(webDir, "package.json")).resolve("tsx");
  const server = spawn(
    process.execPath,
    [
      ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
      ...(process.env.LOAD_TRACE ? ["--trace-gc"] : []),
      "--import",
      tsx,
      "server.ts",
    ],
    {
      cwd: webDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_ORIGIN: base,
      },
      stdio: ["ignore", process.env.LOAD_TRACE ? "inherit" : "ignore", "inherit"],
    },
  );
  // Ready: every server process has loaded its search index (the cluster spreads these
  // checks over the processes; 10 ready answers in a row).
  const bootStarted = performance.now();
  let ready = 0;
  for (let i = 0; i < 1200 && ready < 10; i++) {
    const ok = await fetch(`${base}/healthz?ready`).then(
      (r) => r.ok,
      () => false,
    );
    ready = ok ? ready + 1 : 0;
    if (!ok) await new Promise((r) => setTimeout(r, 100));
  }
  if (ready < 10) throw new Error("the server did not become ready in 120 s");
  console.log(
    `server ready (search index loaded) in ${((performance.now() - bootStarted) / 1000).toFixed(1)} s`,
  );
  return { base, server };
}

/** Stops the server (SIGTERM, then waits up to 15 s for it to exit). */
export async function stopServer(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

/** Signs the load user in through `handle` (fetch, or a Remix handler in process): the cookie. */
export async function signIn(
  base: string,
  handle: (request: Request) => Promise<Response> = (request) => fetch(request),
): Promise<string> {
  const login = await handle(
    new Request(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...LOAD_USER, redirectTo: "/" }),
    }),
  );
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!cookie) throw new Error(`sign-in failed: HTTP ${login.status}`);
  return cookie;
}
