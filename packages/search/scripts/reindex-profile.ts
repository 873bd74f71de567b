// Where a full reindex spends its time, on an existing database (e.g. one `bench --keep` left):
// wall time in each backend method, this process's CPU and the CPU of the database's
// PostgreSQL backends (read from /proc while it runs; decision 022).
//
//   DATABASE_URL=… tsx scripts/reindex-profile.ts [--no-load]
//   (without --no-load, first reads every page once, to time the loading alone)
import { loadavg } from "node:os";
import { createDb } from "@claimdesk/db";
import { loadDocumentPage } from "../src/documents/load-documents.ts";
import { EmbeddedSearchBackend } from "../src/embedded/embedded-backend.ts";
import { reindexAll } from "../src/reindex-all.ts";
import { INDEX_NAMES } from "../src/types.ts";

const url = process.env.DATABASE_URL!;
const db = createDb(url);
const backend = new EmbeddedSearchBackend(url);
const times: Record<string, number> = {};
const wrap = (name: string) => {
  const b = backend as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const orig = b[name]!.bind(backend);
  b[name] = async (...a: unknown[]) => {
    const t = performance.now();
    try {
      return await orig(...a);
    } finally {
      times[name] = (times[name] ?? 0) + performance.now() - t;
    }
  };
};
for (const m of [
  "prepareReindexTarget",
  "writeReindexBatch",
  "finishReindexTarget",
  "countTargetDocuments",
  "swapReindexTarget",
])
  wrap(m);
const la = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
console.log(`load before ${la()}`);
if (!process.argv.includes("--no-load")) {
  const t = performance.now();
  let n = 0;
  for (const index of INDEX_NAMES) {
    let after: string | null = null;
    for (;;) {
      const p = await loadDocumentPage(db, index, { after, limit: 2000 });
      if (p.lastId === null) break;
      n += p.docs.length;
      after = p.lastId;
    }
  }
  console.log(`load only: ${n} docs in ${((performance.now() - t) / 1000).toFixed(2)} s`);
}
// CPU of this database's PostgreSQL backends, polled (a backend's last reading counts).
const pgCpu = new Map<number, number>();
const { default: pg } = await import("pg");
const { readFileSync } = await import("node:fs");
const poller = new pg.Client({ connectionString: url });
await poller.connect();
let polling = true;
const poll = (async () => {
  while (polling) {
    const r = await poller.query(
      "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
    );
    for (const { pid } of r.rows) {
      try {
        const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        pgCpu.set(pid, (Number(f[11]) + Number(f[12])) / 100);
      } catch {}
    }
    await new Promise((r) => setTimeout(r, 200));
  }
})();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const r = await reindexAll(db, backend, { batchSize: 2000 });
const s = (performance.now() - t0) / 1000;
const total = Object.values(r.counts).reduce((a, b) => a + b, 0);
console.log(
  `reindex: ${total} docs in ${s.toFixed(2)} s = ${Math.round(total / s)} docs/s; load after ${la()}`,
);
const cu = process.cpuUsage(cpu0);
polling = false;
await poll;
await poller.end();
console.log(
  `  postgres backends cpu: ${[...pgCpu.values()].reduce((a, b) => a + b, 0).toFixed(2)} s over ${pgCpu.size} backends`,
);
console.log(
  `  node cpu: user ${(cu.user / 1e6).toFixed(2)} s, system ${(cu.system / 1e6).toFixed(2)} s`,
);
for (const [k, v] of Object.entries(times)) console.log(`  ${k}: ${(v / 1000).toFixed(2)} s`);
await backend.close();
await db.$disconnect();
