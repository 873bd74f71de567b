import { getDb } from "@claimdesk/db";
import { webEnv } from "~/server/env.server.ts";

export async function loader() {
  webEnv();
  try {
    await getDb().$queryRaw`select 1`;
    return Response.json({ ok: true, database: "up" });
  } catch {
    return Response.json({ ok: false, database: "down" }, { status: 503 });
  }
}
