// Issue 19: admins upload a LIAR or ClaimReview file; the worker runs it with progress and
// keeps each item's error.
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { createTestUser } from "../testing/index.ts";
import {
  createImportRun,
  listImportRuns,
  MAX_IMPORT_UPLOAD_BYTES,
  runImport,
} from "./import-runs.ts";

describe("uploaded imports", () => {
  it("validates the upload: admins only, size, JSON, LIAR rows", async () => {
    const db = getDb();
    const admin = await createTestUser(db, "admin");
    const reviewer = await createTestUser(db, "reviewer");
    const base = { kind: "claimreview" as const, fileName: "r.json", actorId: admin.id };
    await expect(
      createImportRun(db, { ...base, content: "[]", actorId: reviewer.id }),
    ).rejects.toThrow(/admin/i);
    await expect(createImportRun(db, { ...base, content: "{oops" })).rejects.toThrow(
      /^file: not valid JSON/,
    );
    await expect(
      createImportRun(db, { ...base, content: "x".repeat(MAX_IMPORT_UPLOAD_BYTES + 1) }),
    ).rejects.toThrow(/over the 10 MB limit/);
    await expect(
      createImportRun(db, { ...base, kind: "liar", content: "just\ttwo" }),
    ).rejects.toThrow(/no LIAR row/);
    expect(await db.importRun.count()).toBe(0);
  });

  it("runs a ClaimReview file with progress and per-item errors, and a LIAR file", async () => {
    const db = getDb();
    const admin = await createTestUser(db, "admin");
    const tag = Date.now().toString(36);
    const reviews = Array.from({ length: 3 }, (_, i) => ({
      "@type": "ClaimReview",
      url: `https://checker.example/${tag}/${i}`,
      claimReviewed: `Uploaded claim ${i} ${tag}`,
      author: { name: "Other Checker" },
      reviewRating: { alternateName: "False" },
    }));
    const run = await createImportRun(db, {
      kind: "claimreview",
      fileName: "reviews.json",
      content: JSON.stringify([...reviews, { "@type": "ClaimReview", claimReviewed: "no url" }]),
      actorId: admin.id,
    });
    expect(run.status).toBe("queued");
    const done = await runImport(db, run.id);
    expect(done).toMatchObject({
      status: "done",
      total: 4,
      done: 4,
      imported: 3,
      updated: 0,
      skipped: 0,
      errorCount: 1,
    });
    const [listed] = await listImportRuns(db);
    expect(listed?.progress).toBe(100);
    expect(listed?.errors).toEqual([{ item: "input[3]", message: expect.stringMatching(/^url /) }]);
    expect((await db.importRun.findUniqueOrThrow({ where: { id: run.id } })).content).toBe("");

    const row = (id: string, text: string) =>
      [
        id,
        "false",
        text,
        "economy",
        "pat-doe",
        "Governor",
        "",
        "",
        "0",
        "0",
        "0",
        "0",
        "0",
        "a speech",
      ].join("\t");
    const liar = await createImportRun(db, {
      kind: "liar",
      fileName: "liar.tsv",
      content: [row(`${Date.now()}1.json`, `Uploaded LIAR ${tag}`), "bad"].join("\n"),
      actorId: admin.id,
    });
    const liarDone = await runImport(db, liar.id);
    expect(liarDone).toMatchObject({
      status: "done",
      imported: 1,
      skipped: 0,
      errorCount: 1,
      total: 2,
    });
  });
});
