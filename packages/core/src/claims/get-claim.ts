import type { Db } from "@claimdesk/db";
import { notFound } from "../errors.ts";
import { describeOutsideCheck } from "./outside-check.ts";

const CONTEXT_CHARS = 220;

/** Everything the claim page shows: appearances in context, evidence, verdict history, audit trail. */
export async function getClaim(db: Db, claimId: string) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    include: {
      speaker: { select: { id: true, name: true, role: true } },
      assignee: { select: { id: true, name: true } },
      statements: {
        orderBy: { createdAt: "asc" },
        take: 50,
        include: {
          speaker: { select: { name: true } },
          article: {
            select: {
              id: true,
              title: true,
              body: true,
              publishedAt: true,
              createdAt: true,
              url: true,
              outlet: { select: { name: true } },
            },
          },
        },
      },
      evidence: {
        orderBy: { createdAt: "asc" },
        include: { addedBy: { select: { name: true } } },
      },
      ratings: {
        orderBy: { createdAt: "desc" },
        include: {
          label: {
            select: {
              id: true,
              name: true,
              slug: true,
              ratingValue: true,
              scaleId: true,
              scale: { select: { bestRating: true, worstRating: true } },
            },
          },
          author: { select: { id: true, name: true } },
          approver: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!claim) throw notFound("Claim");
  // Claims merged into this one: their history is read here (their ids redirect here).
  const mergedFrom = await db.claimRedirect.findMany({
    where: { toId: claimId },
    orderBy: { mergedAt: "asc" },
    select: { fromId: true, text: true, mergedAt: true },
  });
  const audit = await db.auditEvent.findMany({
    where: { entityType: "claim", entityId: { in: [claimId, ...mergedFrom.map((m) => m.fromId)] } },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { actor: { select: { name: true } } },
  });
  const appearances = claim.statements.map((s) => {
    const body = s.article.body;
    const from = Math.max(0, s.start - CONTEXT_CHARS);
    const to = Math.min(body.length, s.end + CONTEXT_CHARS);
    return {
      statementId: s.id,
      kind: s.kind,
      speaker: s.speaker?.name ?? null,
      speakerRole: s.speakerRole,
      before: (from > 0 ? "…" : "") + body.slice(from, s.start),
      quote: body.slice(s.start, s.end),
      after: body.slice(s.end, to) + (to < body.length ? "…" : ""),
      article: {
        id: s.article.id,
        title: s.article.title,
        url: s.article.url,
        outlet: s.article.outlet?.name ?? null,
        date: s.article.publishedAt ?? s.article.createdAt,
        /** the day it was said; null when the article's date is not known (`date` is then the day it was added) */
        publishedAt: s.article.publishedAt,
      },
    };
  });
  const current = claim.ratings.find((r) => r.status !== "superseded") ?? null;
  const outside = await describeOutsideCheck(db, claim);
  return {
    id: claim.id,
    text: claim.text,
    originalText: claim.originalText,
    tags: claim.tags,
    mergedFrom: mergedFrom.map((m) => ({ id: m.fromId, text: m.text, mergedAt: m.mergedAt })),
    status: claim.status,
    origin: claim.origin,
    /** set for an earlier fact-check by another organisation (imported or harvested) */
    outside,
    checkworthiness: claim.checkworthiness,
    slug: claim.slug,
    claimDate: claim.claimDate,
    publishedAt: claim.publishedAt,
    createdAt: claim.createdAt,
    speaker: claim.speaker,
    assignee: claim.assignee,
    appearances,
    evidence: claim.evidence.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      excerpt: e.excerpt,
      stance: e.stance,
      addedBy: e.addedBy?.name ?? null,
      deletedAt: e.deletedAt,
      createdAt: e.createdAt,
      snapshot: {
        status: e.snapshotStatus,
        domain: e.snapshotDomain ?? hostOf(e.url),
        fetchedAt: e.snapshotFetchedAt,
        error: e.snapshotError,
      },
    })),
    currentRating: current ? current.id : null,
    ratings: claim.ratings.map((r) => ({
      id: r.id,
      status: r.status,
      label: {
        id: r.label.id,
        name: r.label.name,
        slug: r.label.slug,
        ratingValue: r.label.ratingValue,
      },
      rationale: r.rationale,
      author: r.author,
      approver: r.approver,
      approvedAt: r.approvedAt,
      correctionNote: r.correctionNote,
      supersedesId: r.supersedesId,
      createdAt: r.createdAt,
    })),
    audit: audit.map((a) => ({
      id: a.id,
      action: a.action,
      claimId: a.entityId,
      actor: a.actor?.name ?? null,
      data: a.data,
      createdAt: a.createdAt,
    })),
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

export type ClaimDetail = Awaited<ReturnType<typeof getClaim>>;
