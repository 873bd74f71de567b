import { warmSearchBackend } from "@claimdesk/api";
import { getDb } from "@claimdesk/db";
import { webEnv } from "~/server/env.server.ts";

/**
 * Liveness and readiness. The first call starts loading the search index (the embedded memory
 * engine keeps a copy per process); `?ready` answers 503 until it is loaded, for a load
 * balancer's readiness probe.
 */
export async function loader({ request }: { request: Request }) {
  webEnv();
  const search = warmSearchBackend();
  const wantsReady = new URL(request.url).searchParams.has("ready");
  try {
    await getDb().$queryRaw`select 1`;
  } catch {
    return Response.json({ ok: false, database: "down", search }, { status: 503 });
  }
  const ok = !wantsReady || search === "ready";
  return Response.json({ ok, database: "up", search }, { status: ok ? 200 : 503 });
}
