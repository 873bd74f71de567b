// A production build's Remix handler in this process, ready to render the load test's pages one
// at a time (profile-page.ts, compare-builds.ts): no HTTP server, no other process's work.
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, installGlobals, type ServerBuild } from "@remix-run/node";
import { withPageContext } from "../../http/page-context.ts";
import { liarRows } from "./fixture.ts";
import { buildQueryMix, MAX_REQUESTS } from "./query-mix.ts";
import { signIn } from "./server.ts";

/** The origin the requests are made for (the web server's Host header). */
export const BASE = "http://127.0.0.1:3000";

export type InProcessApp = {
  /** the Remix handler, with the Host header the web server's requests carry */
  handle: (request: Request) => Promise<Response>;
  /** a signed-in reviewer's session cookie */
  cookie: string;
  /** the i-th search page of the load test's page mix */
  searchUrl: (i: number) => string;
  /** the bare page: the same layout, no search */
  bareUrl: () => string;
  /** the i-th query of that mix */
  query: (i: number) => string;
};

/**
 * Loads `webDir`'s production build (`pnpm build` first), waits until its search index has
 * loaded (the first health check starts it, as server.ts warms each process) and signs in.
 */
export async function loadApp(webDir: string): Promise<InProcessApp> {
  process.env.NODE_ENV = "production";
  process.env.PUBLIC_ORIGIN ??= BASE;
  const build = (await import(
    pathToFileURL(join(resolve(webDir), "build/server/index.js")).href
  )) as ServerBuild;
  installGlobals({ nativeFetch: build.future.v3_singleFetch });
  // The page context as server.ts gives it (a build that reads none ignores it).
  const remix = withPageContext(createRequestHandler(build, "production"));
  const handle = (request: Request) => {
    request.headers.set("host", new URL(BASE).host);
    return remix(request);
  };
  for (let i = 0; i < 1200; i++) {
    if ((await handle(new Request(`${BASE}/healthz?ready`))).ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const cookie = await signIn(BASE, handle);
  const mix = buildQueryMix(liarRows());
  const query = (i: number) => mix.requests[(i * 3 + 2) % MAX_REQUESTS]!;
  return {
    handle,
    cookie,
    query,
    searchUrl: (i) => `${BASE}/search?q=${encodeURIComponent(query(i))}`,
    bareUrl: () => `${BASE}/articles/new`,
  };
}

/** CPU per request (ms) of `count` renders of `url(from)`…, one at a time, each body read whole. */
export async function renderCpu(
  app: InProcessApp,
  url: (i: number) => string,
  from: number,
  count: number,
  nonce = "in-process",
): Promise<number> {
  const before = process.cpuUsage();
  for (let i = from; i < from + count; i++) {
    const response = await app.handle(
      new Request(url(i), { headers: { cookie: app.cookie, "x-csp-nonce": nonce } }),
    );
    if (response.status !== 200) throw new Error(`${url(i)}: HTTP ${response.status}`);
    await response.arrayBuffer();
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / count;
}
