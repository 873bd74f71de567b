import { createHash } from "node:crypto";
import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { conflict, notFound } from "../errors.ts";
import { FetchFailedError, FetchRefusedError } from "../ingest/errors.ts";
import { parseFetchedPage } from "../ingest/ingest-url-article.ts";
import { HTML_TYPES, type SafeFetchOptions, safeFetch } from "../ingest/safe-fetch.ts";

/** Snapshot limits: a source page is read for at most 10 s and 2 MB. */
export const SNAPSHOT_LIMITS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxChars: 500_000 };

/** Why a fetch failed, in words a reviewer reads next to the evidence. */
export function snapshotFailureReason(
  error: unknown,
  timeoutMs = SNAPSHOT_LIMITS.timeoutMs,
): string {
  if (error instanceof FetchRefusedError) {
    const reason = error.message.replace(/^Refused: /, "");
    if (/loopback|private|link-local|metadata|reserved|not a public/i.test(reason))
      return `private address refused (${reason})`;
    return `refused: ${reason}`;
  }
  if (error instanceof FetchFailedError && error.status) return `the site answered ${error.status}`;
  const message = (error as Error)?.message ?? "";
  if (/time(d)? ?out|timeout|aborted/i.test(message))
    return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  if (/ENOTFOUND|EAI_AGAIN|resolve/i.test(message)) return "the site's name does not resolve";
  if (/ECONNREFUSED|ECONNRESET|socket/i.test(message)) return "the site did not answer";
  return "the page could not be read";
}

/**
 * Fetches an evidence URL through the SSRF guard (same policy as article ingest; 10 s, 2 MB) and
 * stores a readable, sanitised text snapshot, its title, domain, fetch time and content hash, or
 * the reason it failed. Returns the outcome; never throws for a fetch failure (it is stored).
 */
export async function snapshotEvidence(
  db: Db,
  evidenceId: string,
  options: { fetch?: SafeFetchOptions } = {},
): Promise<{ status: "stored" | "failed" | "skipped"; detail: string }> {
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId } });
  if (!evidence) return { status: "skipped", detail: "the evidence no longer exists" };
  const timeoutMs = options.fetch?.timeoutMs ?? SNAPSHOT_LIMITS.timeoutMs;
  try {
    const response = await safeFetch(evidence.url, {
      maxBytes: SNAPSHOT_LIMITS.maxBytes,
      ...options.fetch,
      timeoutMs,
      accept: HTML_TYPES,
    });
    if (response.status >= 400)
      throw new FetchFailedError(`HTTP ${response.status}`, response.status);
    const page = parseFetchedPage(response.body, response.mimeType, response.charset, response.url);
    const text = page.body.slice(0, SNAPSHOT_LIMITS.maxChars);
    await db.evidence.update({
      where: { id: evidence.id },
      data: {
        snapshotStatus: "stored",
        snapshotTitle: page.title.slice(0, 500) || null,
        snapshotDomain: new URL(response.url).hostname.replace(/^www\./, ""),
        snapshotText: text,
        snapshotFetchedAt: new Date(),
        snapshotError: null,
        archiveHash: createHash("sha256").update(text).digest("hex"),
      },
    });
    return { status: "stored", detail: `${text.length} characters from ${response.url}` };
  } catch (error) {
    const reason = snapshotFailureReason(error, timeoutMs);
    await db.evidence.update({
      where: { id: evidence.id },
      data: { snapshotStatus: "failed", snapshotError: reason, snapshotFetchedAt: new Date() },
    });
    return { status: "failed", detail: reason };
  }
}

/** A reviewer asks for the snapshot again (after a failure, or to refresh it): marks it pending. */
export async function requestEvidenceSnapshot(
  db: Db,
  input: { evidenceId: string; actorId: string },
) {
  return db.$transaction(async (tx) => {
    const actor = await loadActor(tx, input.actorId, "reviewer");
    const evidence = await tx.evidence.findUnique({ where: { id: input.evidenceId } });
    if (!evidence) throw notFound("Evidence");
    if (evidence.deletedAt) throw conflict("This evidence was removed: restore it first.");
    await tx.evidence.update({
      where: { id: evidence.id },
      data: { snapshotStatus: "pending", snapshotError: null },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "evidence.snapshot_request",
      entityType: "claim",
      entityId: evidence.claimId,
      data: { evidenceId: evidence.id, url: evidence.url },
    });
    return { evidenceId: evidence.id, url: evidence.url };
  });
}

/** The stored snapshot of one piece of evidence, for its page. */
export async function getEvidenceSnapshot(db: Db, evidenceId: string) {
  const e = await db.evidence.findUnique({
    where: { id: evidenceId },
    include: { claim: { select: { id: true, text: true } } },
  });
  if (!e) throw notFound("Evidence");
  return {
    id: e.id,
    url: e.url,
    title: e.title,
    claim: e.claim,
    status: e.snapshotStatus,
    snapshotTitle: e.snapshotTitle,
    domain: e.snapshotDomain,
    text: e.snapshotText,
    fetchedAt: e.snapshotFetchedAt,
    error: e.snapshotError,
    contentHash: e.archiveHash,
  };
}
