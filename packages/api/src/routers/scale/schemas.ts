import { z } from "zod";

export const ZScaleLabel = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  ratingValue: z.number(),
  isVerdict: z.boolean(),
  position: z.number(),
  description: z.string().nullable(),
  ratingCount: z.number(),
});

export const ZScale = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  isDefault: z.boolean(),
  bestRating: z.number(),
  worstRating: z.number(),
  labels: z.array(ZScaleLabel),
});

type ScaleRow = {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  isDefault: boolean;
  bestRating: number;
  worstRating: number;
  labels: {
    id: string;
    name: string;
    slug: string;
    ratingValue: number;
    isVerdict: boolean;
    position: number;
    description: string | null;
    _count?: { ratings: number };
  }[];
};

export function toScale(row: ScaleRow): z.output<typeof ZScale> {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    isDefault: row.isDefault,
    bestRating: row.bestRating,
    worstRating: row.worstRating,
    labels: row.labels.map((l) => ({
      id: l.id,
      name: l.name,
      slug: l.slug,
      ratingValue: l.ratingValue,
      isVerdict: l.isVerdict,
      position: l.position,
      description: l.description,
      ratingCount: l._count?.ratings ?? 0,
    })),
  };
}
