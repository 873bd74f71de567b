import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { badRequest, conflict, notFound } from "../errors.ts";
import { slugify } from "../speakers/index.ts";
import { parseRatingScaleInput, type RatingScaleInput, scaleBounds } from "./rating-scale-input.ts";

/**
 * An admin edits a scale: renames, reorders, adds or removes labels. Ratings stay attached to
 * their labels (matched by id). Refused: removing a label that ratings use, and turning a label
 * that carries a published verdict into a non-verdict (the fact-check would lose its verdict).
 */
export async function updateRatingScale(
  db: Db,
  input: { actorId: string; scaleId: string; scale: RatingScaleInput },
) {
  const scale = parseRatingScaleInput(input.scale);
  const slug = slugify(scale.name);
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "admin");
    const existing = await tx.ratingScale.findUnique({
      where: { id: input.scaleId },
      include: { labels: { include: { _count: { select: { ratings: true } } } } },
    });
    if (!existing) throw notFound("Rating scale");
    const clash = await tx.ratingScale.findFirst({
      where: { id: { not: existing.id }, OR: [{ name: scale.name }, { slug }] },
    });
    if (clash) throw conflict(`A scale named "${clash.name}" already exists; choose another name.`);

    const byId = new Map(existing.labels.map((l) => [l.id, l]));
    for (const label of scale.labels) {
      if (label.id && !byId.has(label.id))
        throw badRequest(`The label "${label.name}" does not belong to this scale.`);
    }
    const kept = new Set(scale.labels.flatMap((l) => (l.id ? [l.id] : [])));
    const removed = existing.labels.filter((l) => !kept.has(l.id));
    for (const label of removed) {
      if (label._count.ratings > 0) {
        throw conflict(
          `"${label.name}" is used by ${label._count.ratings} rating(s), so it cannot be removed; rename it or mark it as not a verdict instead.`,
        );
      }
    }
    for (const label of scale.labels) {
      const before = label.id ? byId.get(label.id) : undefined;
      if (before?.isVerdict && !label.isVerdict) {
        const published = await tx.rating.count({
          where: { labelId: before.id, status: "approved", claim: { status: "published" } },
        });
        if (published > 0) {
          throw conflict(
            `"${before.name}" is the verdict of ${published} published fact-check(s); it must stay a verdict.`,
          );
        }
      }
    }

    await tx.ratingLabel.deleteMany({ where: { id: { in: removed.map((l) => l.id) } } });
    // Park kept labels on free positions/slugs first, so reordering never hits the unique keys.
    for (const label of existing.labels.filter((l) => kept.has(l.id))) {
      await tx.ratingLabel.update({
        where: { id: label.id },
        data: { position: 10_000 + label.position, slug: `${label.slug}--${label.id}` },
      });
    }
    for (const [position, label] of scale.labels.entries()) {
      const data = {
        name: label.name,
        slug: slugify(label.name),
        ratingValue: label.ratingValue,
        isVerdict: label.isVerdict,
        description: label.description ?? null,
        position,
      };
      if (label.id) await tx.ratingLabel.update({ where: { id: label.id }, data });
      else await tx.ratingLabel.create({ data: { ...data, scaleId: existing.id } });
    }
    const updated = await tx.ratingScale.update({
      where: { id: existing.id },
      data: {
        name: scale.name,
        slug,
        description: scale.description ?? null,
        ...scaleBounds(scale.labels),
      },
      include: { labels: { orderBy: { position: "asc" } } },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "scale.update",
      entityType: "rating_scale",
      entityId: existing.id,
      data: {
        name: updated.name,
        labels: updated.labels.map((l) => ({
          name: l.name,
          ratingValue: l.ratingValue,
          isVerdict: l.isVerdict,
        })),
        removed: removed.map((l) => l.name),
      },
    });
    return updated;
  });
}
