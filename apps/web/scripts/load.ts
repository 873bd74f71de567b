// Load test of the search page and search API on the production build with the embedded
// (PostgreSQL) search backend over 100K statements. Loopback only, bounded in requests and time.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres pnpm --filter @claimdesk/web load
//
// Makes its own database on DATABASE_URL's server (dropped at the end), fills the statements
// index with 100K documents made from LIAR rows (../shared/datasets/liar, else generated text),
// starts the production server (server.ts), signs in, and runs 20 concurrent users against each
// target.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { Agent, get as httpGet } from "node:http";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import pg from "pg";

const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(webDir, "../..");
const DOCS = Number(process.env.LOAD_DOCS ?? 100_000);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 20);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const MAX_REQUESTS = 20_000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

function liarRows(): { statement: string; speaker: string; label: string; subjects: string }[] {
  const dir = join(repoRoot, "../shared/datasets/liar");
  const rows: { statement: string; speaker: string; label: string; subjects: string }[] = [];
  for (const file of ["train.tsv", "valid.tsv", "test.tsv"]) {
    if (!existsSync(join(dir, file))) continue;
    for (const line of readFileSync(join(dir, file), "utf8").split(/\r?\n/)) {
      const cols = line.split("\t");
      if (cols.length < 14) continue;
      const tail = cols.slice(cols.length - 11);
      rows.push({
        statement: cols
          .slice(2, cols.length - 11)
          .join(" ")
          .trim(),
        label: cols[1] ?? "",
        subjects: tail[0] ?? "",
        speaker: tail[1] ?? "",
      });
    }
  }
  if (rows.length) return rows;
  const words =
    "budget tax jobs health care immigration border energy climate schools crime wages deficit veterans election".split(
      " ",
    );
  return Array.from({ length: 5000 }, (_, i) => ({
    statement: `The ${words[i % words.length]} plan cut ${words[(i * 7) % words.length]} spending by ${i % 90} percent in ${1990 + (i % 35)}`,
    speaker: `speaker-${i % 300}`,
    label: "half-true",
    subjects: words[(i * 3) % words.length] ?? "",
  }));
}

/** Deterministic PRNG (mulberry32), so every run sends the same requests. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The query mix, one entry per request (MAX_REQUESTS), the same for every run: a pool of up to
 * 5,000 distinct queries of 2-4 words from LIAR statements (every third with a typo). Of the
 * requests, 50 % are a query drawn uniformly from the whole pool (the long tail), 30 % are what
 * a user sends while typing one (a prefix cut inside a word or after one, at least 3
 * characters), and 20 % come from 100 "trending" queries. Distinct requests outnumber
 * repeated ones, so a result cache cannot serve most of them.
 */
function buildQueryMix(rows: { statement: string }[]): { requests: string[]; distinct: number } {
  const random = prng(20261127);
  const pool = new Set<string>();
  for (let i = 0; i < rows.length && pool.size < 5000; i++) {
    const row = rows[(i * 7919) % rows.length]!;
    const words = row.statement
      .replace(/[^\p{L}\p{N} ]/gu, " ")
      .split(/\s+/)
      .filter((w) => w.length > 3);
    const start = Math.floor(random() * Math.max(1, words.length - 3));
    const picked = words.slice(start, start + 2 + (i % 3));
    if (i % 3 === 0 && picked[0] && picked[0].length > 4) {
      const w = picked[0];
      const at = 1 + Math.floor(random() * (w.length - 2));
      picked[0] = w.slice(0, at) + w.slice(at + 1); // one letter dropped
    }
    const q = picked.join(" ");
    if (q.length >= 3) pool.add(q);
  }
  const queries = [...pool];
  if (queries.length === 0) queries.push("budget deficit");
  const trending = queries.slice(0, 100);
  const requests: string[] = [];
  for (let i = 0; i < MAX_REQUESTS; i++) {
    const r = random();
    const q = queries[Math.floor(random() * queries.length)]!;
    if (r < 0.5) requests.push(q);
    else if (r < 0.8)
      requests.push(q.slice(0, 3 + Math.floor(random() * (q.length - 2))).trimEnd());
    else requests.push(trending[Math.floor(random() * trending.length)]!);
  }
  return { requests, distinct: new Set(requests).size };
}

/**
 * One GET on a kept-alive connection, gzip accepted like a browser (node:http: lighter on the
 * shared CPU than fetch, so more of it is left to the server under test).
 */
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function get(url: string, cookie: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpGet(
      url,
      { agent, headers: { cookie, "accept-encoding": "gzip" } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("error", reject);
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
          // Kept as bytes: decoding every page into a string made this process spend most of
          // its time in GC, on the cores the server under test needs.
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    request.on("error", reject);
  });
}

/**
 * CPU time (ms) used so far by a process and its descendants, from /proc (Linux); undefined
 * elsewhere. The server's processes are the cluster primary and its workers.
 */
function treeCpuMs(rootPid: number | undefined): number | undefined {
  if (!rootPid || !existsSync("/proc/self/stat")) return undefined;
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(name), {
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended while being read
    }
  }
  let ticks = 0;
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 10; hops++) {
      if (p === rootPid) return true;
      p = stats.get(p)?.parent ?? 0;
    }
    return false;
  };
  for (const [pid, s] of stats) if (inTree(pid)) ticks += s.ticks;
  return ticks / ticksPerMs;
}

const CACHED_API = Buffer.from('"cached":true');
const CACHED_PAGE = Buffer.from('data-result-cache="hit"');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function run(
  name: string,
  makeUrl: (i: number) => string,
  cookie: string,
  serverPid?: number,
) {
  const latencies: number[] = [];
  let errors = 0;
  let cached = 0;
  let next = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const serverCpuBefore = treeCpuMs(serverPid);
  const ownCpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline && next < MAX_REQUESTS) {
        const i = next++;
        const t = performance.now();
        try {
          const response = await get(makeUrl(i), cookie);
          const body = response.body;
          if (response.status !== 200) errors++;
          // The search procedure says whether the result came from its cache (also in the
          // page's markup).
          if (body.includes(CACHED_API) || body.includes(CACHED_PAGE)) cached++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const serverCpuAfter = treeCpuMs(serverPid);
  const ownCpu = process.cpuUsage(ownCpuBefore);
  latencies.sort((a, b) => a - b);
  const result = {
    name,
    requests: latencies.length,
    errors,
    rps: Math.round(latencies.length / elapsed),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    cacheHitRate: latencies.length ? cached / latencies.length : 0,
    /** CPU per request (ms): the server's processes, and this load generator */
    serverCpuMs:
      serverCpuBefore !== undefined && serverCpuAfter !== undefined && latencies.length
        ? (serverCpuAfter - serverCpuBefore) / latencies.length
        : undefined,
    clientCpuMs: latencies.length ? (ownCpu.user + ownCpu.system) / 1000 / latencies.length : 0,
  };
  console.log(
    `${name.padEnd(24)} ${result.requests} req, ${result.errors} errors, ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, result cache hits ${(result.cacheHitRate * 100).toFixed(1)} %; CPU per request: server ${result.serverCpuMs?.toFixed(2) ?? "?"} ms, load generator ${result.clientCpuMs.toFixed(2)} ms`,
  );
  return result;
}

/** A fresh (migrated) database: one reviewer, DOCS statements in the embedded index. */
async function fillDatabase(databaseUrl: string) {
  const { getDb, disconnectDb } = await import("@claimdesk/db");
  const { hashPassword } = await import("@claimdesk/core/auth");
  const { createSearchBackend, versionDocument } = await import("@claimdesk/search");
  await getDb().user.create({
    data: {
      email: "load@claimdesk.local",
      name: "Load",
      role: "reviewer",
      passwordHash: await hashPassword("load-test-password"),
    },
  });
  await disconnectDb();

  const backend = createSearchBackend(process.env);
  await backend.ensureIndexes();
  const rows = liarRows();
  const kinds = ["direct_quote", "reported", "assertion"];
  const outlets = ["Daily Planet", "Gazette", "Chronicle", "Herald", "Tribune"];
  const t0 = performance.now();
  for (let start = 0; start < DOCS; start += 1000) {
    const docs = [];
    for (let i = start; i < Math.min(DOCS, start + 1000); i++) {
      const row = rows[i % rows.length]!;
      const round = Math.floor(i / rows.length);
      const text =
        round === 0
          ? row.statement
          : `${row.statement} (${row.subjects.split(",")[0] ?? ""} ${round})`;
      const date = new Date(Date.UTC(2007 + (i % 18), i % 12, 1 + (i % 28)));
      docs.push(
        versionDocument({
          id: `load-${i}`,
          type: "statement",
          text,
          externalId: null,
          speaker: row.speaker || null,
          verdict: i % 3 === 0 ? row.label : null,
          status: null,
          outlet: outlets[i % outlets.length]!,
          kind: kinds[i % 3]!,
          claimId: null,
          claimKey: `load-${i}`,
          articleId: `load-article-${Math.floor(i / 20)}`,
          articleTitle: `Load article ${Math.floor(i / 20)}`,
          body: null,
          byline: null,
          tags: [],
          context: null,
          origin: null,
          externalPublisher: null,
          date: date.toISOString(),
          dateTs: Math.floor(date.getTime() / 1000),
          checkworthiness: (i % 100) / 100,
        }),
      );
    }
    await backend.upsertDocuments("statements", docs);
  }
  await backend.close();
  console.log(`indexed ${DOCS} statements in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const vacuum = new pg.Client({ connectionString: databaseUrl });
  await vacuum.connect();
  // The fixture's bulk load is not what is measured: vacuum, analyze and write its WAL out now
  // (a checkpoint during the run cost the first runs ~20 ms of API p95).
  await vacuum.query("vacuum analyze");
  await vacuum.query("checkpoint");
  await vacuum.end();
}

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
    if (!reuse) await fillDatabase(databaseUrl);
    else console.log(`reusing database ${database}`);
    const rows = liarRows();

    if (!existsSync(join(webDir, "build/server/index.js")) || process.env.LOAD_BUILD === "1") {
      execFileSync("pnpm", ["build"], { cwd: webDir, stdio: "ignore" });
    }
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // The production server (server.ts: one process per core). LOAD_SERVER_PROFILE=<dir> writes
    // a CPU profile per server process there when the run ends.
    const profileDir = process.env.LOAD_SERVER_PROFILE;
    const tsx = createRequire(join(webDir, "package.json")).resolve("tsx");
    server = spawn(
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
    const login = await fetch(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        email: "load@claimdesk.local",
        password: "load-test-password",
        redirectTo: "/",
      }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    if (!cookie) throw new Error(`sign-in failed: HTTP ${login.status}`);

    const mix = buildQueryMix(rows);
    const cpu = cpus();
    console.log(
      `machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} free), Node ${process.version}`,
    );
    console.log(
      `load: ${CONCURRENCY} concurrent users, ${SECONDS} s per target, ${DOCS} statements, loopback ${base}; ${mix.distinct} distinct queries in ${mix.requests.length} planned requests; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}; result cache ${process.env.SEARCH_RESULT_CACHE === "off" ? "off" : "on"}`,
    );
    // Warm up caches and connection pools.
    await run(
      "warm-up",
      (i) =>
        `${base}/api/trpc/search.query?input=${encodeURIComponent(JSON.stringify({ q: mix.requests[(i * 3) % MAX_REQUESTS] }))}`,
      cookie,
      server.pid,
    );
    // LOAD_ONLY=api|page runs one target (profiling); both are needed for a verdict.
    const only = process.env.LOAD_ONLY;
    const skipped = { p95: Number.NaN };
    const api =
      only === "page"
        ? skipped
        : await run(
            "search API (tRPC)",
            (i) =>
              `${base}/api/trpc/search.query?input=${encodeURIComponent(JSON.stringify({ q: mix.requests[(i * 3 + 1) % MAX_REQUESTS] }))}`,
            cookie,
            server.pid,
          );
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
    const ok = api.p95 <= 100 && page.p95 <= 150;
    const verdict = (p95: number, limit: number) =>
      Number.isNaN(p95) ? "not run (LOAD_ONLY)" : p95 <= limit ? "met" : "MISSED";
    console.log(
      `targets: API p95 <= 100 ms ${verdict(api.p95, 100)}, page p95 <= 150 ms ${verdict(page.p95, 150)}`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    if (keep) console.log(`kept database ${database} (LOAD_DATABASE=${database} reuses it)`);
    else await scratch.drop().catch(() => {});
  }
}

await main();
