// Load test of the search page and search API on the production build with the embedded
// (PostgreSQL) search backend over 100K statements. Loopback only, bounded in requests and time.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres pnpm --filter @claimdesk/web load
//
// Makes its own database on DATABASE_URL's server (dropped at the end), fills the statements
// index with 100K documents made from LIAR rows (../shared/datasets/liar, else generated text),
// starts the production server (server.ts), signs in, and runs 20 concurrent users against each
// target: the search API, the search page, and a bare page with the same layout and no search
// (the article-submission form), whose CPU makes the search page's figure comparable across hosts.
// Parts: load/fixture.ts, load/query-mix.ts, load/runner.ts, load/server.ts.
import type { ChildProcess } from "node:child_process";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { fillDatabase, liarRows } from "./load/fixture.ts";
import { buildQueryMix, MAX_REQUESTS } from "./load/query-mix.ts";
import { CONCURRENCY, run } from "./load/runner.ts";
import { ensureBuild, signIn, startServer, stopServer } from "./load/server.ts";

const DOCS = Number(process.env.LOAD_DOCS ?? 100_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);

/** Issue 17's targets, for a 2-core host of the AMD EPYC kind (the slower one seen). */
const TARGET = { apiP95: 50, pageP95: 120, pageCpuMs: 5, bareRatio: 2 };

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error("set DATABASE_URL to a PostgreSQL server this script may create a database on");
  // LOAD_DATABASE names a database an earlier run kept (LOAD_KEEP=1): it is reused as it is.
  const reuse = process.env.LOAD_DATABASE;
  if (reuse && !/^claimdesk_load_\d+$/.test(reuse))
    throw new Error("LOAD_DATABASE must name a database kept by LOAD_KEEP=1 (claimdesk_load_<n>)");
  const keep = process.env.LOAD_KEEP === "1" || Boolean(reuse);
  const database = reuse ?? `claimdesk_load_${Date.now()}`;
  const { createScratchDatabase } = await import("@claimdesk/db/testing");
  const scratch = await createScratchDatabase(adminUrl, database, { reuse: Boolean(reuse) });
  const databaseUrl = scratch.url;
  process.env.DATABASE_URL = databaseUrl;
  let server: ChildProcess | undefined;
  try {
    if (!reuse) await fillDatabase(databaseUrl, DOCS);
    else console.log(`reusing database ${database}`);
    ensureBuild();
    const started = await startServer(databaseUrl);
    server = started.server;
    const { base } = started;
    const cookie = await signIn(base);

    const mix = buildQueryMix(liarRows());
    const cpu = cpus();
    console.log(
      `machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} free), Node ${process.version}`,
    );
    console.log(
      `load: ${CONCURRENCY} concurrent users, ${SECONDS} s per target, ${DOCS} statements, loopback ${base}; ${mix.distinct} distinct queries in ${mix.requests.length} planned requests; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}; result cache ${process.env.SEARCH_RESULT_CACHE === "off" ? "off" : "on"}`,
    );
    const apiUrl = (slice: number) => (i: number) =>
      `${base}/api/trpc/search.query?input=${encodeURIComponent(JSON.stringify({ q: mix.requests[(i * 3 + slice) % MAX_REQUESTS] }))}`;
    // Warm up caches and connection pools.
    await run("warm-up", apiUrl(0), cookie, server.pid);
    // LOAD_ONLY=api|page runs one target (profiling; page includes the bare page).
    const only = process.env.LOAD_ONLY;
    const skipped = { p95: Number.NaN, serverCpuMs: undefined };
    const api =
      only === "page" ? skipped : await run("search API (tRPC)", apiUrl(1), cookie, server.pid);
    const page =
      only === "api"
        ? skipped
        : await run(
            "search page (SSR)",
            (i) =>
              `${base}/search?q=${encodeURIComponent(mix.requests[(i * 3 + 2) % MAX_REQUESTS]!)}`,
            cookie,
            server.pid,
          );
    const bare =
      only === "api"
        ? skipped
        : await run("bare page (same layout)", () => `${base}/articles/new`, cookie, server.pid);
    const ratio =
      page.serverCpuMs !== undefined && bare.serverCpuMs
        ? page.serverCpuMs / bare.serverCpuMs
        : undefined;
    if (ratio !== undefined)
      console.log(
        `search page / bare page server CPU: ${ratio.toFixed(2)} × (aim <= ${TARGET.bareRatio} ×)`,
      );
    const verdict = (value: number | undefined, limit: number) =>
      value === undefined || Number.isNaN(value)
        ? "not run (LOAD_ONLY)"
        : value <= limit
          ? "met"
          : "MISSED";
    const verdicts = [
      `API p95 <= ${TARGET.apiP95} ms ${verdict(api.p95, TARGET.apiP95)}`,
      `page p95 <= ${TARGET.pageP95} ms ${verdict(page.p95, TARGET.pageP95)}`,
      `server CPU per page <= ${TARGET.pageCpuMs} ms ${verdict(page.serverCpuMs, TARGET.pageCpuMs)}`,
    ];
    console.log(`targets: ${verdicts.join(", ")}`);
    process.exitCode = verdicts.some((v) => v.endsWith("MISSED")) ? 1 : 0;
  } finally {
    await stopServer(server);
    if (keep) console.log(`kept database ${database} (LOAD_DATABASE=${database} reuses it)`);
    else await scratch.drop().catch(() => {});
  }
}

await main();
