import type { Db } from "@claimdesk/db";
import { DEFAULT_SCALE, POLITIFACT_SCALE, type ScalePreset } from "./default-scale.ts";

/**
 * Creates a preset scale if missing (by slug); returns it with its labels (idempotent). It
 * becomes the default only when `asDefault` is set and no scale is the default yet.
 */
export async function ensurePresetScale(db: Db, preset: ScalePreset, asDefault = false) {
  const existing = await db.ratingScale.findUnique({
    where: { slug: preset.slug },
    include: { labels: { orderBy: { position: "asc" } } },
  });
  if (existing) return existing;
  const hasDefault = asDefault
    ? (await db.ratingScale.count({ where: { isDefault: true } })) > 0
    : true;
  return db.ratingScale.create({
    data: {
      name: preset.name,
      slug: preset.slug,
      description: preset.description,
      isDefault: !hasDefault,
      bestRating: preset.bestRating,
      worstRating: preset.worstRating,
      labels: {
        create: preset.labels.map((label, position) => ({ ...label, position, isVerdict: true })),
      },
    },
    include: { labels: { orderBy: { position: "asc" } } },
  });
}

/** Creates the default 6-level scale if missing; returns it with its labels (idempotent). */
export async function ensureDefaultRatingScale(db: Db) {
  return ensurePresetScale(db, DEFAULT_SCALE, true);
}

/** PolitiFact's Truth-O-Meter as a named preset (never the default), for PolitiFact imports. */
export async function ensurePolitiFactScale(db: Db) {
  return ensurePresetScale(db, POLITIFACT_SCALE);
}

/** The scale marked default (created on first use). */
export async function getDefaultRatingScale(db: Db) {
  const scale = await db.ratingScale.findFirst({
    where: { isDefault: true },
    include: { labels: { orderBy: { position: "asc" } } },
  });
  return scale ?? ensureDefaultRatingScale(db);
}
