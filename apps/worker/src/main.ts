import { getDb } from "@claimdesk/db";
import { extractArticleJob, startQueue } from "@claimdesk/jobs";
import { readWorkerEnv } from "./env.ts";
import { handleExtractArticle } from "./handlers/extract-article.ts";

const env = readWorkerEnv();
const db = getDb();
const boss = await startQueue(env.DATABASE_URL);

await boss.work(extractArticleJob.name, { batchSize: 1 }, async ([job]) => {
  if (job) await handleExtractArticle(db, job.data);
});

console.log(`worker: ready (queue on PostgreSQL, concurrency ${env.WORKER_CONCURRENCY})`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`worker: ${signal} received, finishing in-flight jobs…`);
  await boss.stop({ graceful: true, timeout: 20_000, wait: true });
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
