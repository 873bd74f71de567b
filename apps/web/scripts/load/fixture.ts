// The load test's fixture: LIAR rows (../shared/datasets/liar, else generated text) and a
// database filled with one reviewer and LOAD_DOCS statements in the embedded search index.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseLiarTsv } from "@claimdesk/core/imports";
import pg from "pg";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../../..");

export type LiarRow = { statement: string; speaker: string; label: string; subjects: string };

export function liarRows(): LiarRow[] {
  const dir = join(repoRoot, "../shared/datasets/liar");
  const rows: LiarRow[] = [];
  for (const file of ["train.tsv", "valid.tsv", "test.tsv"]) {
    if (!existsSync(join(dir, file))) continue;
    for (const row of parseLiarTsv(readFileSync(join(dir, file), "utf8")).rows)
      rows.push({
        statement: row.statement,
        label: row.label,
        subjects: row.subjects.join(","),
        speaker: row.speaker ?? "",
      });
  }
  if (rows.length) return rows;
  const words =
    "budget tax jobs health care immigration border energy climate schools crime wages deficit veterans election".split(
      " ",
    );
  return Array.from({ length: 5000 }, (_, i) => ({
    statement: `The ${words[i % words.length]} plan cut ${words[(i * 7) % words.length]} spending by ${i % 90} percent in ${1990 + (i % 35)}`,
    speaker: `speaker-${i % 300}`,
    label: "half-true",
    subjects: words[(i * 3) % words.length] ?? "",
  }));
}

/** The account the load test and the profiler sign in with. */
export const LOAD_USER = { email: "load@claimdesk.local", password: "load-test-password" };

/** A fresh (migrated) database: one reviewer and `docCount` statements in the embedded index. */
export async function fillDatabase(databaseUrl: string, docCount: number) {
  const { getDb, disconnectDb } = await import("@claimdesk/db");
  const { hashPassword } = await import("@claimdesk/core/auth");
  const { createSearchBackend } = await import("@claimdesk/search");
  const { makeDocument } = await import("@claimdesk/search/testing");
  await getDb().user.create({
    data: {
      email: LOAD_USER.email,
      name: "Load",
      role: "reviewer",
      passwordHash: await hashPassword(LOAD_USER.password),
    },
  });
  await disconnectDb();

  const backend = createSearchBackend(process.env);
  await backend.ensureIndexes();
  const rows = liarRows();
  const kinds = ["direct_quote", "reported", "assertion"];
  const outlets = ["Daily Planet", "Gazette", "Chronicle", "Herald", "Tribune"];
  const t0 = performance.now();
  for (let start = 0; start < docCount; start += 1000) {
    const docs = [];
    for (let i = start; i < Math.min(docCount, start + 1000); i++) {
      const row = rows[i % rows.length]!;
      const round = Math.floor(i / rows.length);
      const text =
        round === 0
          ? row.statement
          : `${row.statement} (${row.subjects.split(",")[0] ?? ""} ${round})`;
      const date = new Date(Date.UTC(2007 + (i % 18), i % 12, 1 + (i % 28)));
      docs.push(
        makeDocument({
          id: `load-${i}`,
          type: "statement",
          text,
          speaker: row.speaker || null,
          verdict: i % 3 === 0 ? row.label : null,
          outlet: outlets[i % outlets.length]!,
          kind: kinds[i % 3]!,
          claimKey: `load-${i}`,
          articleId: `load-article-${Math.floor(i / 20)}`,
          articleTitle: `Load article ${Math.floor(i / 20)}`,
          date: date.toISOString(),
          checkworthiness: (i % 100) / 100,
        }),
      );
    }
    await backend.upsertDocuments("statements", docs);
  }
  await backend.close();
  console.log(
    `indexed ${docCount} statements in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const vacuum = new pg.Client({ connectionString: databaseUrl });
  await vacuum.connect();
  // The fixture's bulk load is not what is measured: vacuum, analyze and write its WAL out now
  // (a checkpoint during the run cost the first runs ~20 ms of API p95).
  await vacuum.query("vacuum analyze");
  await vacuum.query("checkpoint");
  await vacuum.end();
}
