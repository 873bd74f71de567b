import type { Db, StatementKind } from "@claimdesk/db";
import { canBeClaim } from "@claimdesk/db/statement-kinds";
import { lockFingerprints } from "../claims/fingerprint-lock.ts";
import { notFound } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";
import { upsertSpeaker } from "../speakers/index.ts";
import { type ExtractionBudget, type Extractor, extractInChunks } from "./extract-in-chunks.ts";

/** Statements at or above this check-worthiness get a claim at once; others on demand. */
export const AUTO_CLAIM_THRESHOLD = 0.5;

/**
 * At most this many statements are kept per article (issue 16: a 1.95 M-character article once
 * gave 19,307 and a page that could not load). Who said what is kept first, then the most
 * check-worthy assertions; the article page says how many were left out.
 */
export const MAX_STATEMENTS_PER_ARTICLE = 2000;

type Kept<T> = { kept: T[]; note: string | null };

/** The statements an article keeps under the cap, in text order, and the note when some go. */
export function capStatements<T extends { kind: string; checkworthiness: number; start: number }>(
  statements: T[],
  max = MAX_STATEMENTS_PER_ARTICLE,
): Kept<T> {
  if (statements.length <= max) return { kept: statements, note: null };
  const ranked = [...statements].sort(
    (a, b) =>
      Number(b.kind !== "assertion") - Number(a.kind !== "assertion") ||
      b.checkworthiness - a.checkworthiness ||
      a.start - b.start,
  );
  const kept = ranked.slice(0, max).sort((a, b) => a.start - b.start);
  return {
    kept,
    note: `This article is very long: extraction kept ${max.toLocaleString("en")} of its ${statements.length.toLocaleString("en")} statements (every attributed one first, then the most check-worthy sentences).`,
  };
}

export interface ExtractArticleOptions extends ExtractionBudget {
  /** Where the extractor runs (default: this thread). */
  extract?: Extractor;
  /** Statements kept per article (default MAX_STATEMENTS_PER_ARTICLE). */
  maxStatements?: number;
}

/**
 * Runs extraction on a stored article and replaces its statements: speakers are de-duplicated
 * across articles, statements are grouped into claims by fingerprint (joining an existing claim,
 * including imported prior fact-checks, when one matches), and the index is told. Idempotent:
 * running it twice leaves the same statements. Long bodies are extracted in pieces under a
 * time budget (extractInChunks); the note on the article says what was left out.
 */
export async function extractArticle(
  db: Db,
  articleId: string,
  options: ExtractArticleOptions = {},
) {
  const article = await db.article.findUnique({ where: { id: articleId } });
  if (!article) throw notFound("Article");
  const result = await extractInChunks(article.title, article.body, options.extract, options);
  const { kept: statements, note: capNote } = capStatements(
    result.statements,
    options.maxStatements ?? MAX_STATEMENTS_PER_ARTICLE,
  );
  const note = [result.stoppedNote, capNote].filter(Boolean).join(" ") || null;

  return db.$transaction(
    async (tx) => {
      const speakerIds = new Map<string, string>();
      for (const speaker of result.speakers) {
        const record = await upsertSpeaker(tx, speaker);
        speakerIds.set(speaker.name, record.id);
      }
      const old = await tx.statement.findMany({ where: { articleId }, select: { id: true } });
      await tx.statement.deleteMany({ where: { articleId } });

      const fingerprints = [...new Set(statements.map((s) => s.fingerprint))];
      // Another extraction or a reviewer may be making a claim for one of these right now.
      await lockFingerprints(tx, fingerprints);
      const claims = await tx.claim.findMany({
        where: { fingerprint: { in: fingerprints } },
        select: { id: true, fingerprint: true },
        orderBy: { createdAt: "asc" },
      });
      const claimByFingerprint = new Map<string, string>();
      for (const claim of claims) {
        if (!claimByFingerprint.has(claim.fingerprint))
          claimByFingerprint.set(claim.fingerprint, claim.id);
      }
      // A merged duplicate's statements go to the claim it was merged into.
      for (const r of await tx.claimRedirect.findMany({
        where: { fingerprint: { in: fingerprints } },
      }))
        if (!claimByFingerprint.has(r.fingerprint)) claimByFingerprint.set(r.fingerprint, r.toId);
      // New claims for check-worthy statements no claim covers yet: one per fingerprint, the
      // first (most check-worthy-looking) wording in the article as its text.
      const newClaims = new Map<string, (typeof statements)[number]>();
      for (const s of statements) {
        if (!canBeClaim(s.kind)) continue;
        if (claimByFingerprint.has(s.fingerprint) || newClaims.has(s.fingerprint)) continue;
        if (s.checkworthiness >= AUTO_CLAIM_THRESHOLD) newClaims.set(s.fingerprint, s);
      }
      const speakerIdOf = (name: string | null) => (name ? (speakerIds.get(name) ?? null) : null);
      if (newClaims.size > 0) {
        const created = await tx.claim.createManyAndReturn({
          data: [...newClaims.values()].map((s) => ({
            text: s.text,
            fingerprint: s.fingerprint,
            checkworthiness: s.checkworthiness,
            speakerId: speakerIdOf(s.speaker),
            claimDate: article.publishedAt,
          })),
          select: { id: true, fingerprint: true },
        });
        for (const claim of created) claimByFingerprint.set(claim.fingerprint, claim.id);
      }
      const rows = statements.map((s) => ({
        articleId,
        speakerId: speakerIdOf(s.speaker),
        speakerRole: s.speakerRole,
        kind: s.kind as StatementKind,
        text: s.text,
        start: s.start,
        end: s.end,
        checkworthiness: s.checkworthiness,
        entities: s.entities as unknown as object,
        fingerprint: s.fingerprint,
        // A reported question is recorded, never a claim: it joins none, even by fingerprint.
        claimId: canBeClaim(s.kind) ? (claimByFingerprint.get(s.fingerprint) ?? null) : null,
      }));
      const createdIds =
        rows.length > 0
          ? (await tx.statement.createManyAndReturn({ data: rows, select: { id: true } })).map(
              (r) => r.id,
            )
          : [];
      const touchedClaims = new Set(rows.flatMap((r) => (r.claimId ? [r.claimId] : [])));
      await tx.article.update({
        where: { id: articleId },
        data: {
          status: "ready",
          error: null,
          progress: 100,
          extractedAt: new Date(),
          extractionNote: note,
        },
      });
      await enqueueIndexChanges(
        tx,
        "statement",
        old.map((o) => o.id),
        "delete",
      );
      await enqueueIndexChanges(tx, "statement", createdIds);
      await enqueueIndexChanges(tx, "claim", [...touchedClaims]);
      await enqueueIndexChanges(tx, "article", [articleId]);
      return {
        statements: createdIds.length,
        claims: touchedClaims.size,
        speakers: speakerIds.size,
      };
    },
    { timeout: 60_000 },
  );
}
