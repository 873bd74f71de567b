import type { Db } from "@claimdesk/db";
import { ensureDefaultRatingScale } from "./ensure-default-scale.ts";

/** Every scale with its labels in order and how many ratings use each label (default first). */
export async function listRatingScales(db: Db) {
  await ensureDefaultRatingScale(db);
  return db.ratingScale.findMany({
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
    include: {
      labels: { orderBy: { position: "asc" }, include: { _count: { select: { ratings: true } } } },
    },
  });
}

export async function getRatingScale(db: Db, scaleId: string) {
  return db.ratingScale.findUnique({
    where: { id: scaleId },
    include: {
      labels: { orderBy: { position: "asc" }, include: { _count: { select: { ratings: true } } } },
    },
  });
}
