// Drains the search outbox into the index while the e2e stack runs (what the worker's outbox
// loop does; safe to run beside it: rows are claimed with SKIP LOCKED). Exits on SIGTERM.
import { getDb } from "@claimdesk/db";
import { createSearchBackend, syncOutbox } from "@claimdesk/search";

const db = getDb();
const backend = createSearchBackend(process.env);
await backend.ensureIndexes();
let running = true;
process.on("SIGTERM", () => {
  running = false;
});
const deadline = Date.now() + 30 * 60_000; // bounded: never outlives a test run
while (running && Date.now() < deadline) {
  const result = await syncOutbox(db, backend).catch((error: unknown) => {
    console.error("index-sync:", error);
    return { processed: 0, failed: 0, dead: 0 };
  });
  if (result.processed + result.failed + result.dead === 0)
    await new Promise((r) => setTimeout(r, 250));
}
await backend.close();
await db.$disconnect();
process.exit(0);
