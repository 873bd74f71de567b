// Worker benchmark: articles ingested and extracted per second from local files, and the time
// from a rating saved (Rating + outbox row, one transaction) to the verdict being searchable
// through the outbox loop. Runs on a throwaway database cloned from the migrated template
// (DATABASE_URL's server, else the embedded PostgreSQL). Usage: pnpm --filter @claimdesk/worker bench
import { randomBytes } from "node:crypto";
import os from "node:os";
import { extractArticle } from "@claimdesk/core/articles";
import { createFileArticle } from "@claimdesk/core/ingest";
import { ensureDefaultRatingScale } from "@claimdesk/core/ratings";
import { enqueueIndexChanges } from "@claimdesk/core/search-sync";
import { disconnectDb, getDb } from "@claimdesk/db";
import { resolveDatabase } from "@claimdesk/db/database-url";
import { createScratchDatabase } from "@claimdesk/db/testing";
import { createSearchBackend, syncOutbox } from "@claimdesk/search";
import { startOutboxLoop } from "../src/outbox-loop.ts";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 200);
const RATINGS = Number(process.env.BENCH_RATINGS ?? 30);
const POLL_MS = Number(process.env.OUTBOX_POLL_MS ?? 200);

function page(i: number): string {
  const speakers = [
    "Mayor Elena Vasquez",
    "Senator Mark Ruiz",
    "Councilwoman Ada Obi",
    "Governor Tom Lee",
  ];
  const ps = Array.from({ length: 10 }, (_, p) => {
    const who = speakers[(i + p) % speakers.length];
    return `<p>"The city spent $${i + p} million on roads in 2023, and unemployment fell to ${(3 + ((i * p) % 50) / 10).toFixed(1)} percent," said ${who} on Tuesday. Critics said the figure for district ${i}-${p} was wrong, according to state records.</p>`;
  }).join("\n");
  return `<!doctype html><html lang="en"><head><title>Story ${i}</title><meta property="og:site_name" content="Bench Daily"><script>track()</script></head><body><nav>Home</nav><article><h1>Budget story ${i}</h1>${ps}</article></body></html>`;
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const database = await resolveDatabase();
const scratch = await createScratchDatabase(
  database.url,
  `claimdesk_bench_${randomBytes(4).toString("hex")}`,
);
process.env.DATABASE_URL = scratch.url;
const db = getDb();
const backend = createSearchBackend({ DATABASE_URL: process.env.DATABASE_URL });

try {
  await backend.ensureIndexes();
  console.log(
    `machine: ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
  );
  console.log(
    `database: ${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"}; search: ${backend.kind}`,
  );

  // 1. Local HTML files: Readability + sanitising + store, then extraction and claim matching.
  let statements = 0;
  let parseMs = 0;
  const started = performance.now();
  for (let i = 0; i < ARTICLES; i++) {
    const t = performance.now();
    const { article } = await createFileArticle(db, {
      fileName: `story-${i}.html`,
      content: page(i),
    });
    parseMs += performance.now() - t;
    statements += (await extractArticle(db, article.id)).statements;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `ingest+extract: ${ARTICLES} HTML articles in ${seconds.toFixed(1)} s = ${(ARTICLES / seconds).toFixed(1)} articles/s (${statements} statements; read+store alone ${(ARTICLES / (parseMs / 1000)).toFixed(0)} articles/s)`,
  );

  // Index what was ingested, so the rating test starts from an index in step.
  const drainStart = performance.now();
  let drained = 0;
  for (;;) {
    const r = await syncOutbox(db, backend, { batchSize: 500 });
    drained += r.processed;
    if (r.processed + r.failed + r.dead === 0) break;
  }
  console.log(
    `outbox drain: ${drained} events in ${((performance.now() - drainStart) / 1000).toFixed(1)} s`,
  );

  // 2. Rating saved -> verdict searchable, through the worker's outbox loop.
  const scale = await ensureDefaultRatingScale(db);
  const labels = await db.ratingLabel.findMany({
    where: { scaleId: scale.id },
    orderBy: { position: "asc" },
  });
  const loop = startOutboxLoop(db, backend, { pollMs: POLL_MS, batchSize: 500 });
  const claims = await db.claim.findMany({ take: RATINGS, orderBy: { id: "asc" } });
  const latencies: number[] = [];
  for (const [i, claim] of claims.entries()) {
    const label = labels[i % labels.length]!;
    const t0 = performance.now();
    await db.$transaction(async (tx) => {
      await tx.rating.create({
        data: {
          claimId: claim.id,
          labelId: label.id,
          rationale: "bench",
          status: "approved",
          approvedAt: new Date(),
        },
      });
      await enqueueIndexChanges(tx, "claim", [claim.id]);
    });
    for (;;) {
      const docs = await backend.getDocuments("claims", [claim.id]);
      if (docs[0]?.verdict === label.name) break;
      if (performance.now() - t0 > 10_000)
        throw new Error(`claim ${claim.id} not searchable with its verdict after 10 s`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const hits = await backend.search({
      q: claim.text.split(" ").slice(0, 6).join(" "),
      indexes: ["claims"],
      filters: { verdict: [label.name] },
      limit: 50,
    });
    if (!hits.hits.some((h) => h.id === claim.id))
      throw new Error(`claim ${claim.id} indexed but not found by search with its verdict`);
    latencies.push(performance.now() - t0);
  }
  await loop.stop();
  console.log(
    `rating -> searchable (outbox poll ${POLL_MS} ms, ${latencies.length} ratings): median ${pct(latencies, 50).toFixed(0)} ms, p95 ${pct(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
  );
} finally {
  await backend.close();
  await disconnectDb();
  await scratch.drop();
  await database.release();
}
