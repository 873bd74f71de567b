import { runImport } from "@claimdesk/core/imports";
import type { Db } from "@claimdesk/db";
import type { importFileJob, JobPayload } from "@claimdesk/jobs";

/** Runs an uploaded import; its progress and per-item errors are on the ImportRun row. */
export async function handleImportFile(
  db: Db,
  payload: JobPayload<typeof importFileJob>,
): Promise<string> {
  const run = await runImport(db, payload.runId);
  return `${run.kind} ${run.fileName}: imported ${run.imported}, updated ${run.updated}, skipped ${run.skipped}, errors ${run.errorCount}`;
}
