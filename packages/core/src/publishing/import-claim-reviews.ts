import type { Db } from "@claimdesk/db";
import { fingerprintText } from "@claimdesk/extraction";
import { recordAuditEvent } from "../audit/index.ts";
import { getDefaultRatingScale, mapRatingToScale } from "../ratings/index.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";
import { upsertSpeaker } from "../speakers/index.ts";
import {
  findClaimReviewNodes,
  type ImportedClaimReview,
  reviewHeadline,
  ZImportedClaimReview,
} from "./parse-claim-review-input.ts";
import { isHttpUrl } from "./validate-claim-review.ts";

export interface ClaimReviewImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Items that could not be imported, each with where it is in the input and why. */
  errors: { item: string; message: string }[];
  /** Imported, but with something to know (e.g. a rating that matched no label). */
  warnings: { item: string; message: string }[];
  claimIds: string[];
}

type Scale = Awaited<ReturnType<typeof getDefaultRatingScale>>;

function publisherOf(review: ImportedClaimReview): string {
  return review.author?.name ?? review.publisher?.name ?? new URL(review.url).hostname;
}

/**
 * Imports ClaimReviews published by other fact-checkers as prior checks (`origin: claimreview`),
 * so matching finds them: fingerprinted, indexed, keeping the external publisher and URL. The
 * rating is mapped onto the default scale; the original verdict text is kept in the rationale
 * and context. Idempotent (keyed by the review URL): re-importing changes nothing unless the
 * review changed, and a changed verdict supersedes the old one (history kept). One bad item
 * never stops the others; each is reported.
 */
export async function importClaimReviews(
  db: Db,
  input: unknown,
  options: {
    actorId?: string | null;
    /** called after each item with (items done, items in all) */
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<ClaimReviewImportResult> {
  const result: ClaimReviewImportResult = {
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    warnings: [],
    claimIds: [],
  };
  const nodes = findClaimReviewNodes(input);
  if (nodes.length === 0) {
    result.errors.push({
      item: "input",
      message: "No ClaimReview found (expected an object, an array, @graph or { items }).",
    });
    return result;
  }
  const scale = await getDefaultRatingScale(db);
  let done = 0;
  for (const node of nodes) {
    options.onProgress?.(done++, nodes.length);
    const parsed = ZImportedClaimReview.safeParse(node.value);
    if (!parsed.success) {
      const message = parsed.error.issues
        .map((i) => `${i.path.join(".") || "item"} ${i.message}`)
        .join("; ");
      result.errors.push({ item: node.where, message: `${message}.` });
      continue;
    }
    if (!isHttpUrl(parsed.data.url)) {
      result.errors.push({
        item: node.where,
        message: "url must be an http(s) URL (the review's address on the web).",
      });
      continue;
    }
    try {
      const outcome = await importOne(db, parsed.data, scale, options.actorId ?? null);
      result[outcome.kind] += 1;
      result.claimIds.push(outcome.claimId);
      if (outcome.warning) result.warnings.push({ item: node.where, message: outcome.warning });
    } catch (error) {
      result.errors.push({
        item: node.where,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  options.onProgress?.(nodes.length, nodes.length);
  return result;
}

async function importOne(
  db: Db,
  review: ImportedClaimReview,
  scale: Scale,
  actorId: string | null,
) {
  const publisher = publisherOf(review);
  const original = review.reviewRating.alternateName;
  const label = mapRatingToScale(review.reviewRating, scale);
  const numbers =
    review.reviewRating.ratingValue !== undefined
      ? ` (${review.reviewRating.ratingValue} on ${review.reviewRating.worstRating ?? "?"}-${review.reviewRating.bestRating ?? "?"})`
      : "";
  const rationale = [
    `${publisher} rated this "${original}"${numbers}${review.datePublished ? ` on ${review.datePublished.toISOString().slice(0, 10)}` : ""}.`,
    review.reviewRating.ratingExplanation?.trim(),
    `Source: ${review.url}`,
  ]
    .filter(Boolean)
    .join("\n");
  const appearances = [
    ...(review.itemReviewed?.firstAppearance ? [review.itemReviewed.firstAppearance] : []),
    ...[review.itemReviewed?.appearance ?? []].flat(),
  ];
  // An appearance URL that is not http(s) is dropped (the headline is kept).
  const firstSeen = appearances
    .map((a) => ({ ...a, url: isHttpUrl(a.url) ? a.url : undefined }))
    .find((a) => a.url || a.headline);
  const context = [
    `Rated "${original}" by ${publisher}.`,
    firstSeen
      ? `Appeared in: ${[firstSeen.headline, firstSeen.url].filter(Boolean).join(" ")}`
      : null,
  ]
    .filter(Boolean)
    .join(" ")
    .slice(0, 2000);
  const claimDate =
    review.itemReviewed?.datePublished ??
    appearances.find((a) => a.datePublished)?.datePublished ??
    null;
  const text = review.claimReviewed;

  return db.$transaction(async (tx) => {
    const speaker = review.itemReviewed?.author
      ? await upsertSpeaker(tx, {
          name: review.itemReviewed.author.name,
          role: review.itemReviewed.author.jobTitle ?? null,
        })
      : null;
    const data = {
      text,
      fingerprint: fingerprintText(text),
      externalPublisher: publisher,
      externalUrl: review.url,
      reviewHeadline: reviewHeadline(review),
      externalRating: original,
      reviewedAt: review.datePublished ?? null,
      context,
      claimDate,
      speakerId: speaker?.id ?? null,
    };
    const existing = await tx.claim.findUnique({
      where: { origin_externalId: { origin: "claimreview", externalId: review.url } },
      include: {
        ratings: { where: { status: "approved" }, orderBy: { createdAt: "desc" }, take: 1 },
      },
    });
    /** The import's audit event (what was read, from where) and the claim's re-indexing. */
    const recorded = async (action: "claim.import" | "claim.import.update", claimId: string) => {
      await recordAuditEvent(tx, {
        actorId,
        action,
        entityType: "claim",
        entityId: claimId,
        data: {
          source: "claimreview",
          url: review.url,
          publisher,
          rating: original,
          label: label?.name ?? null,
        },
      });
      await enqueueIndexChanges(tx, "claim", [claimId]);
    };
    const warning = label
      ? undefined
      : `The rating "${original}" matches no verdict on the "${scale.name}" scale; imported without a verdict (the original rating is kept in the claim's context).`;

    if (!existing) {
      const claim = await tx.claim.create({
        data: {
          ...data,
          origin: "claimreview",
          externalId: review.url,
          status: label ? "rated" : "new",
        },
      });
      if (label) {
        await tx.rating.create({
          data: {
            claimId: claim.id,
            labelId: label.id,
            rationale,
            status: "approved",
            approvedAt: review.datePublished ?? new Date(),
          },
        });
      }
      await recorded("claim.import", claim.id);
      return { kind: "created" as const, claimId: claim.id, warning };
    }

    const current = existing.ratings[0];
    const claimChanged =
      existing.text !== data.text ||
      existing.externalPublisher !== data.externalPublisher ||
      existing.context !== data.context ||
      existing.reviewHeadline !== data.reviewHeadline ||
      existing.externalRating !== data.externalRating ||
      (existing.reviewedAt?.getTime() ?? null) !== (data.reviewedAt?.getTime() ?? null) ||
      existing.speakerId !== data.speakerId ||
      (existing.claimDate?.getTime() ?? null) !== (data.claimDate?.getTime() ?? null);
    const ratingChanged = label
      ? !current || current.labelId !== label.id || current.rationale !== rationale
      : false;
    if (!claimChanged && !ratingChanged)
      return { kind: "unchanged" as const, claimId: existing.id, warning };

    await tx.claim.update({ where: { id: existing.id }, data });
    if (label && ratingChanged) {
      if (current)
        await tx.rating.update({ where: { id: current.id }, data: { status: "superseded" } });
      await tx.rating.create({
        data: {
          claimId: existing.id,
          labelId: label.id,
          rationale,
          status: "approved",
          approvedAt: review.datePublished ?? new Date(),
          supersedesId: current?.id ?? null,
          correctionNote: current ? `Updated on re-import from ${publisher}.` : null,
        },
      });
      if (existing.status === "new")
        await tx.claim.update({ where: { id: existing.id }, data: { status: "rated" } });
    }
    await recorded("claim.import.update", existing.id);
    return { kind: "updated" as const, claimId: existing.id, warning };
  });
}
