// The web app's production server: the Remix build on node:http, one process per core
// (node:cluster; WEB_CONCURRENCY). Replaces remix-serve, whose access log wrote a line per
// request and whose static middleware stat()ed the disk for every page, and then express
// (http/node-handler.ts says why; decision 007).
//
//   node --import tsx server.ts        (after `pnpm --filter @claimdesk/web build`)
//
// Each process warms its search backend at start (the embedded memory engine loads its copy of
// the index) by calling its /healthz loader.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadEnv } from "@claimdesk/env";
import { createLogger } from "@claimdesk/env/log";
import { createRequestHandler, installGlobals, type ServerBuild } from "@remix-run/node";
import { refuseCrossSitePosts } from "./http/cross-site.ts";
import { createNodeHandler } from "./http/node-handler.ts";
import { withPageContext } from "./http/page-context.ts";
import { ZServerEnv } from "./http/settings.ts";
import { createStaticFiles } from "./http/static-files.ts";

const webDir = dirname(fileURLToPath(import.meta.url));

const env = loadEnv(ZServerEnv);
process.env.NODE_ENV = env.NODE_ENV;
const log = createLogger("web");

// The primary only supervises (so its flags reach every server process), even for one.
if (cluster.isPrimary) {
  runPrimary(env.WEB_CONCURRENCY);
} else {
  await serve();
}

/** Forks the server processes, replaces one that dies, and stops them all on SIGTERM/SIGINT. */
function runPrimary(count: number) {
  let stopping = false;
  // New connections go to whichever server process accepts first, that is one with a free
  // event loop, rather than round-robin to each in turn (node's default, which hands a busy
  // process as many as an idle one). With connections recycled (maxRequestsPerSocket below)
  // this keeps the processes evenly loaded. NODE_CLUSTER_SCHED_POLICY=rr restores the default.
  if (!process.env.NODE_CLUSTER_SCHED_POLICY) cluster.schedulingPolicy = cluster.SCHED_NONE;
  for (let i = 0; i < count; i++) cluster.fork();
  // A process that dies within 10 s of starting, five times in a row, means the server cannot
  // start (no build, bad environment): stop instead of forking forever.
  const startedAt = new Map<number, number>();
  let quickDeaths = 0;
  cluster.on("fork", (worker) => startedAt.set(worker.id, Date.now()));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    quickDeaths = Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000 ? quickDeaths + 1 : 0;
    if (quickDeaths >= 5) {
      log.fatal("server processes keep exiting at start; stopping (see the errors above)");
      process.exit(1);
    }
    log.error(
      { pid: worker.process.pid, exit: signal ?? code },
      "server process exited; starting another",
    );
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  log.info(
    { host: env.HOST, port: env.PORT, publicOrigin: env.PUBLIC_ORIGIN, processes: count },
    `web: listening on ${env.HOST}:${env.PORT} (${count} server processes)`,
  );
}

async function serve() {
  const buildPath = join(webDir, "build/server/index.js");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  installGlobals({ nativeFetch: build.future.v3_singleFetch });

  // The client build, from memory: fingerprinted assets cached for a year, gzipped once.
  const staticFiles = createStaticFiles(join(webDir, "build/client"));
  const handle = refuseCrossSitePosts(withPageContext(createRequestHandler(build, env.NODE_ENV)));
  const server = createServer(
    createNodeHandler({
      handle,
      serveStatic: staticFiles.serve,
      trustProxy: env.TRUST_PROXY,
      publicOrigin: env.PUBLIC_ORIGIN,
      log,
    }),
  );
  // A kept-alive connection stays with the process that accepted it. Closing each after this
  // many requests (nginx's old keepalive_requests default) lets busy clients move to the
  // process with room: without it one process was seen holding about 14 of 20 load-test clients.
  server.maxRequestsPerSocket = env.WEB_MAX_REQUESTS_PER_CONNECTION;
  server.listen(env.PORT, env.HOST, () => {
    // Warm this process's search backend: its /healthz loader, called in-process (a request
    // to the port could reach another server process).
    const health = build.routes["routes/healthz"]?.module.loader;
    void Promise.resolve(
      health?.({
        request: new Request(`http://127.0.0.1:${env.PORT}/healthz`),
        params: {},
        context: {},
      }),
    ).catch(() => {});
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
