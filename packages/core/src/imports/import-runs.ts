import type { Db, Prisma } from "@claimdesk/db";
import { z } from "zod";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { badRequest, notFound } from "../errors.ts";
import { importClaimReviews } from "../publishing/import-claim-reviews.ts";
import { importLiarRows } from "./import-liar.ts";
import { parseLiarTsv } from "./parse-liar-tsv.ts";

/** Largest file an admin may upload for import (the CLI takes larger ones). */
export const MAX_IMPORT_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Per-item errors kept on a run (the count is kept whatever it is). */
const MAX_KEPT_ERRORS = 500;

export const ZImportUpload = z.object({
  kind: z.enum(["liar", "claimreview"], { error: "must be liar or claimreview" }),
  fileName: z.string().trim().min(1, "is required").max(200),
  content: z.string(),
});

type ItemError = { item: string; message: string };

/**
 * Stores an uploaded file as a queued import run (admins only, audited). Checks what can be
 * checked at once: the size, text that the format's parser can read at all (JSON for
 * ClaimReview, at least one LIAR row). The caller enqueues the job that runs it.
 */
export async function createImportRun(
  db: Db,
  input: z.input<typeof ZImportUpload> & { actorId: string },
) {
  await loadActor(db, input.actorId, "admin");
  const parsed = ZImportUpload.safeParse(input);
  if (!parsed.success)
    throw badRequest(
      parsed.error.issues.map((i) => `${i.path.join(".") || "input"} ${i.message}`).join("; "),
    );
  const { kind, fileName, content } = parsed.data;
  const bytes = Buffer.byteLength(content, "utf8");
  if (bytes === 0) throw badRequest("file: the file is empty.");
  if (bytes > MAX_IMPORT_UPLOAD_BYTES)
    throw badRequest(
      `file: ${(bytes / 1048576).toFixed(1)} MB is over the ${MAX_IMPORT_UPLOAD_BYTES / 1048576} MB limit for uploads; use claimdesk ${kind === "liar" ? "import liar" : "claimreview import"} for larger files.`,
    );
  if (content.includes("\u0000")) throw badRequest("file: this is not a text file.");
  if (kind === "claimreview") {
    try {
      JSON.parse(content);
    } catch (error) {
      throw badRequest(`file: not valid JSON (${(error as Error).message.slice(0, 200)}).`);
    }
  } else if (parseLiarTsv(content).rows.length === 0) {
    throw badRequest("file: no LIAR row found (14 tab-separated columns per line).");
  }
  return db.$transaction(async (tx) => {
    const run = await tx.importRun.create({
      data: { kind, fileName, content, createdById: input.actorId },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "import.upload",
      entityType: "importRun",
      entityId: run.id,
      data: { kind, fileName, bytes },
    });
    return run;
  });
}

/**
 * Runs a queued import (the worker's job): progress is written as it goes, so the admin page
 * shows it; at the end the counts and each item's error. A run already finished is left alone.
 */
export async function runImport(db: Db, runId: string) {
  const run = await db.importRun.findUnique({ where: { id: runId } });
  if (!run) throw notFound("Import run");
  if (run.status === "done" || run.status === "failed") return run;
  await db.importRun.update({ where: { id: runId }, data: { status: "running", done: 0 } });
  let lastWrite = 0;
  const progress = async (done: number, total: number) => {
    if (Date.now() - lastWrite < 250 && done < total) return;
    lastWrite = Date.now();
    await db.importRun.update({ where: { id: runId }, data: { done, total } });
  };
  // progress writes run one after another, and all are written before the final counts
  let pending = Promise.resolve();
  const track = (done: number, total: number) => {
    pending = pending.then(() => progress(done, total)).catch(() => undefined);
  };
  try {
    let counts: { total: number; imported: number; updated: number; skipped: number };
    let errors: ItemError[];
    if (run.kind === "liar") {
      const { rows, errors: malformed } = parseLiarTsv(run.content);
      await progress(0, rows.length);
      const result = await importLiarRows(db, rows, {
        batchSize: 200,
        onProgress: (done) => track(done, rows.length),
      });
      await pending;
      counts = {
        total: rows.length + malformed.length,
        imported: result.createdClaimIds.length,
        updated: 0,
        skipped: result.existing + result.duplicates,
      };
      errors = malformed.map((e) => ({ item: `line ${e.line}`, message: e.message }));
    } else {
      const result = await importClaimReviews(db, JSON.parse(run.content), {
        actorId: run.createdById,
        onProgress: track,
      });
      await pending;
      counts = {
        total: result.created + result.updated + result.unchanged + result.errors.length,
        imported: result.created,
        updated: result.updated,
        skipped: result.unchanged,
      };
      errors = result.errors;
    }
    return await db.importRun.update({
      where: { id: runId },
      data: {
        status: "done",
        ...counts,
        done: counts.total,
        errorCount: errors.length,
        errors: errors.slice(0, MAX_KEPT_ERRORS) as Prisma.InputJsonValue,
        finishedAt: new Date(),
        content: "", // the imported claims are the record now; the text is not kept twice
      },
    });
  } catch (error) {
    await db.importRun.update({
      where: { id: runId },
      data: {
        status: "failed",
        failure: (error as Error).message.slice(0, 500),
        finishedAt: new Date(),
      },
    });
    throw error;
  }
}

/** The newest import runs with their progress and errors (without the file text). */
export async function listImportRuns(db: Db, options: { limit?: number } = {}) {
  const runs = await db.importRun.findMany({
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 20, 100),
    omit: { content: true },
  });
  return runs.map((r) => ({
    ...r,
    errors: (Array.isArray(r.errors) ? r.errors : []) as ItemError[],
    progress: r.total > 0 ? Math.round((r.done / r.total) * 100) : r.status === "done" ? 100 : 0,
  }));
}
