import type { Db } from "@claimdesk/db";
import { DEFAULT_SCALE } from "./default-scale.ts";

/** Creates the default 6-level scale if missing; returns it with its labels (idempotent). */
export async function ensureDefaultRatingScale(db: Db) {
  const existing = await db.ratingScale.findUnique({
    where: { slug: DEFAULT_SCALE.slug },
    include: { labels: { orderBy: { position: "asc" } } },
  });
  if (existing) return existing;
  const hasDefault = (await db.ratingScale.count({ where: { isDefault: true } })) > 0;
  return db.ratingScale.create({
    data: {
      name: DEFAULT_SCALE.name,
      slug: DEFAULT_SCALE.slug,
      description: DEFAULT_SCALE.description,
      isDefault: !hasDefault,
      bestRating: DEFAULT_SCALE.bestRating,
      worstRating: DEFAULT_SCALE.worstRating,
      labels: {
        create: DEFAULT_SCALE.labels.map((label, position) => ({
          ...label,
          position,
          isVerdict: true,
        })),
      },
    },
    include: { labels: { orderBy: { position: "asc" } } },
  });
}

/** The scale marked default (created on first use). */
export async function getDefaultRatingScale(db: Db) {
  const scale = await db.ratingScale.findFirst({
    where: { isDefault: true },
    include: { labels: { orderBy: { position: "asc" } } },
  });
  return scale ?? ensureDefaultRatingScale(db);
}
