import { warmSearchBackend } from "@claimdesk/api";
import { webServices } from "~/services/services.server.ts";

/**
 * Liveness (`?live`: the process alone), health (`/healthz`: the database too) and readiness. The first call starts loading the search index (the embedded memory
 * engine keeps a copy per process); `?ready` answers 503 until it is loaded, for a load
 * balancer's readiness probe.
 */
export async function loader({ request }: { request: Request }) {
  const { db, search: backend } = webServices();
  const params = new URL(request.url).searchParams;
  // Liveness: this process answers. No database or search check, so an outage of either takes
  // pods out of the load balancer (readiness) without restarting them all.
  if (params.has("live")) return Response.json({ ok: true, live: true });
  const search = warmSearchBackend(backend);
  const wantsReady = params.has("ready");
  try {
    await db.$queryRaw`select 1`;
  } catch {
    return Response.json({ ok: false, database: "down", search }, { status: 503 });
  }
  const ok = !wantsReady || search === "ready";
  return Response.json({ ok, database: "up", search }, { status: ok ? 200 : 503 });
}
