import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@claimdesk/db";
import type { Queue } from "@claimdesk/jobs";

/** A check that fails when it throws or takes longer than 3 s. */
async function check(fn: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("no answer within 3 s")), 3000);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The worker's only HTTP endpoint: `GET /healthz` → `{ ok, db, queue }`, 200 or 503, for load
 * balancers and orchestrators. What the admin page shows is read from the database instead.
 */
export async function startHealthServer(
  deps: { db: Db; boss: Queue },
  listen: { port: number; host: string },
) {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/healthz" || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "not found" }));
      return;
    }
    void Promise.all([
      check(() => deps.db.$queryRaw`select 1`),
      check(() => deps.boss.getQueues()),
    ]).then(([db, queue]) => {
      res.writeHead(db && queue ? 200 : 503, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: db && queue, db, queue }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listen.port, listen.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.address.includes(":") ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
