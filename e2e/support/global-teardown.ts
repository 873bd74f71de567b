import pg from "pg";
import { readState } from "./stack.ts";

/** Stops the processes global-setup started (their process groups) and drops the database. */
export default async function globalTeardown() {
  const state = readState();
  for (const pid of state.pids) {
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 1500));
  for (const pid of state.pids) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // stopped
    }
  }
  if (process.env.E2E_KEEP_DATABASE === "1") return;
  const client = new pg.Client({ connectionString: state.adminUrl });
  await client.connect();
  await client.query(`drop database if exists "${state.database}" with (force)`).catch(() => {});
  await client.end();
}
