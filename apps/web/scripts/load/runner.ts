// One load-test target: a closed loop of users on kept-alive connections, with latency
// percentiles and CPU per request of the server's processes and of this load generator.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { Agent, get as httpGet } from "node:http";
import { gunzipSync } from "node:zlib";
import { MAX_REQUESTS } from "./query-mix.ts";

export const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 20);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);

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
export function treeCpuMs(rootPid: number | undefined): number | undefined {
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

export async function run(
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
