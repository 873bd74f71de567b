import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import pg from "pg";
import {
  artifactsDir,
  freePort,
  repoRoot,
  type StackState,
  startProcess,
  stateFile,
  waitForHttp,
} from "./stack.ts";

function withDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh database on DATABASE_URL's server (migrated and seeded), a production build of the web
 * app, its production server (apps/web/server.ts) and the worker on free ports. The worker's outbox loop keeps the search index
 * in step with the database (every 200 ms when idle), as in production.
 */
export default async function globalSetup() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error("e2e needs DATABASE_URL (a PostgreSQL server it can create databases on)");
  const database = `claimdesk_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`create database "${database}"`);
  await client.end();
  const databaseUrl = withDatabase(adminUrl, database);
  process.env.DATABASE_URL = databaseUrl;

  const { migrateDatabase } = await import("@claimdesk/db/migrate");
  await migrateDatabase(databaseUrl, { quiet: true });
  const { getDb, disconnectDb } = await import("@claimdesk/db");
  const { seedDatabase } = await import("@claimdesk/core/seed");
  await seedDatabase(getDb());
  await disconnectDb();

  // Always rebuild: a stale build would test old code (vite build takes ~10 s).
  if (process.env.E2E_SKIP_BUILD !== "1") {
    execFileSync("pnpm", ["--filter", "@claimdesk/web", "build"], {
      cwd: repoRoot,
      stdio: "ignore",
    });
  }

  const [webPort, workerPort] = await Promise.all([freePort(), freePort()]);
  const baseURL = `http://127.0.0.1:${webPort}`;
  const common = { DATABASE_URL: databaseUrl, NODE_ENV: "production" };
  const tsx = join(repoRoot, "e2e/node_modules/.bin/tsx");
  // The production server (apps/web/server.ts), one process. (Sign-outs reach every process at
  // once through PostgreSQL LISTEN/NOTIFY; one process keeps the runs light.) PUBLIC_ORIGIN: the
  // production server refuses to start without it.
  const web = startProcess(
    "web",
    process.execPath,
    [
      "--import",
      createRequire(join(repoRoot, "apps/web/package.json")).resolve("tsx"),
      "server.ts",
    ],
    {
      ...common,
      PORT: String(webPort),
      HOST: "127.0.0.1",
      PUBLIC_ORIGIN: baseURL,
      WEB_CONCURRENCY: "1",
    },
    join(repoRoot, "apps/web"),
  );
  // The worker's test entry: the real worker whose fetcher may reach loopback, so journeys can
  // serve a fact-checker's pages from the test (imports/outside-checks.spec.ts). Addresses are
  // still refused where the web app checks them (private ranges, IP literals).
  const worker = startProcess("worker", tsx, ["apps/worker/test/fixtures/worker-for-tests.ts"], {
    ...common,
    NODE_ENV: "test",
    WORKER_PORT: String(workerPort),
  });
  await waitForHttp(`${baseURL}/healthz`, 60_000, () => web.exitCode === null);
  // The admin journey expects the worker up (its heartbeat row is written before /healthz).
  await waitForHttp(
    `http://127.0.0.1:${workerPort}/healthz`,
    60_000,
    () => worker.exitCode === null,
  );

  const state: StackState = {
    baseURL,
    databaseUrl,
    adminUrl,
    database,
    pids: [web.pid, worker.pid].filter((p): p is number => Boolean(p)),
  };
  writeFileSync(stateFile, JSON.stringify(state, null, 2));
  process.env.E2E_BASE_URL = baseURL;
  console.log(
    `e2e: web ${baseURL}, worker :${workerPort}, database ${database} (logs in ${artifactsDir})`,
  );
}
