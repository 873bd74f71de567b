// CPU profile of N renders of the search page (and of the bare page with the same layout) in
// this process, through the production build's Remix handler: where a page's server CPU goes.
//
//   pnpm --filter @claimdesk/web build
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/claimdesk_load_<n> \
//     node --import tsx scripts/profile-page.ts [pages=2000] [out.cpuprofile]
//
// DATABASE_URL names a database filled by the load test (LOAD_KEEP=1 keeps one). The requests
// are the load test's page slice of its query mix, one at a time, after a warm-up pass of the
// same size; it prints CPU per request for the search page, the bare page, the search page's
// loader data alone and the search API (the same queries), and the search page profile's top
// self times.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { BASE, loadApp, renderCpu } from "./load/in-process.ts";
import { type CpuProfile, inclusive, summarize } from "./load/profile-summary.ts";
import { webDir } from "./load/server.ts";

const PAGES = Number(process.argv[2] ?? 2000);
const OUT = process.argv[3];
const app = await loadApp(webDir);
const { searchUrl, bareUrl } = app;

/** CPU (ms) used so far by each kind of thread of this process (Linux /proc; empty elsewhere). */
function threadCpuMs(): Map<string, number> {
  const byName = new Map<string, number>();
  if (!existsSync("/proc/self/task")) return byName;
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")).replace(/\d+$/, "");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ms = (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100
      byName.set(name, (byName.get(name) ?? 0) + ms);
    } catch {
      // the thread ended while being read
    }
  }
  return byName;
}

/** CPU per page (ms) of `count` renders, one at a time, each body read whole. */
const render = (url: (i: number) => string, count: number) =>
  renderCpu(app, url, 0, count, "profile");

// Warm-up: JIT, the result cache for the same queries as a load-test run would see them.
await render(searchUrl, PAGES);
await render(bareUrl, Math.min(PAGES, 500));

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
const threadsBefore = threadCpuMs();
const searchMs = await render((i) => searchUrl(i + PAGES), PAGES);
const threadsAfter = threadCpuMs();
const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
session.disconnect();
// Unprofiled (the profiler costs a page about a fifth more): the next slice of the mix.
const searchPlainMs = await render((i) => searchUrl(i + 2 * PAGES), PAGES);
const bareMs = await render(bareUrl, PAGES);
// The same searches as the page's loader data alone (loaders and encoding, no React render),
// and as the search API: what the render adds, and what the search itself costs.
const dataMs = await render(
  (i) => searchUrl(i + PAGES).replace("/search?", "/search.data?"),
  PAGES,
);
const apiMs = await render(
  (i) =>
    `${BASE}/api/trpc/search.query?input=${encodeURIComponent(JSON.stringify({ q: app.query(i + PAGES) }))}`,
  PAGES,
);

console.log(
  `${PAGES} requests each, in process, ms of CPU per request: search page ${searchPlainMs.toFixed(2)} (${searchMs.toFixed(2)} profiled), bare page ${bareMs.toFixed(2)} (search / bare ${(searchPlainMs / bareMs).toFixed(2)} ×), search page's data alone (.data, no render) ${dataMs.toFixed(2)}, search API ${apiMs.toFixed(2)}; the search pages profiled:`,
);
// The main thread renders; V8's helper threads collect garbage and compile in the background.
const threads = [...threadsAfter]
  .map(([name, ms]) => [name, (ms - (threadsBefore.get(name) ?? 0)) / PAGES] as const)
  .filter(([, ms]) => ms > 0.005)
  .sort((a, b) => b[1] - a[1]);
console.log(
  `search page CPU by thread (ms per page, /proc, 10 ms ticks): ${threads.map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(", ")}`,
);
const { areas, functions, samples } = summarize(profile);
console.log(`\nself time by area (${samples} samples):\n${areas.join("\n")}`);
console.log(`\nself time by function:\n${functions.join("\n")}`);
const stages =
  /^(loader|renderToPipeableStream|callRouteLoader|loadRouteData|encode|matchRoutes|serverCaller|requireSession|getActiveSession|toPage|Search|App|Layout|Header|Scripts|handleDocumentRequest|handleDataRequest|query|search|gzipSync|garbage collector)$/;
console.log(`\ntotal time of named stages:\n${inclusive(profile, stages).join("\n")}`);
if (OUT) writeFileSync(OUT, JSON.stringify(profile));
process.exit(0);
