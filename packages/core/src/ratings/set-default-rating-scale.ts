import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { notFound } from "../errors.ts";

/** Makes one scale the default for new ratings and imports; exactly one default at a time. */
export async function setDefaultRatingScale(db: Db, input: { actorId: string; scaleId: string }) {
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "admin");
    const scale = await tx.ratingScale.findUnique({ where: { id: input.scaleId } });
    if (!scale) throw notFound("Rating scale");
    const previous = await tx.ratingScale.findFirst({ where: { isDefault: true } });
    await tx.ratingScale.updateMany({
      where: { isDefault: true, id: { not: scale.id } },
      data: { isDefault: false },
    });
    const updated = await tx.ratingScale.update({
      where: { id: scale.id },
      data: { isDefault: true },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "scale.set_default",
      entityType: "rating_scale",
      entityId: scale.id,
      data: { name: scale.name, previous: previous?.name ?? null },
    });
    return updated;
  });
}
