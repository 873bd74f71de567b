import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { conflict } from "../errors.ts";
import { slugify } from "../speakers/index.ts";
import { parseRatingScaleInput, type RatingScaleInput, scaleBounds } from "./rating-scale-input.ts";

/** An admin defines a new scale (e.g. a 5-level one); it is not the default until chosen. */
export async function createRatingScale(
  db: Db,
  input: { actorId: string; scale: RatingScaleInput },
) {
  const scale = parseRatingScaleInput(input.scale);
  const slug = slugify(scale.name);
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "admin");
    const clash = await tx.ratingScale.findFirst({
      where: { OR: [{ name: scale.name }, { slug }] },
    });
    if (clash) throw conflict(`A scale named "${clash.name}" already exists; choose another name.`);
    const created = await tx.ratingScale.create({
      data: {
        name: scale.name,
        slug,
        description: scale.description ?? null,
        isDefault: false,
        ...scaleBounds(scale.labels),
        labels: {
          create: scale.labels.map((l, position) => ({
            name: l.name,
            slug: slugify(l.name),
            ratingValue: l.ratingValue,
            isVerdict: l.isVerdict,
            description: l.description ?? null,
            position,
          })),
        },
      },
      include: { labels: { orderBy: { position: "asc" } } },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "scale.create",
      entityType: "rating_scale",
      entityId: created.id,
      data: { name: created.name, labels: created.labels.map((l) => l.name) },
    });
    return created;
  });
}
