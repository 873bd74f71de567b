import type { Db, Prisma } from "@claimdesk/db";

/** What a public fact-check shows; only published claims of our own are ever loaded. */
export const PUBLIC_CLAIM_WHERE = {
  status: "published",
  slug: { not: null },
  publishedAt: { not: null },
  origin: { in: ["extracted", "manual"] },
} satisfies Prisma.ClaimWhereInput;

export const FACT_CHECK_INCLUDE = {
  speaker: true,
  ratings: {
    where: { approvedAt: { not: null }, status: { in: ["approved", "superseded"] } },
    orderBy: [{ approvedAt: "asc" }, { createdAt: "asc" }],
    include: { label: { include: { scale: true } } },
  },
  evidence: { where: { deletedAt: null }, orderBy: { createdAt: "asc" } },
  statements: {
    orderBy: { createdAt: "asc" },
    include: { article: { include: { outlet: true } }, speaker: true },
  },
} satisfies Prisma.ClaimInclude;

export type FactCheckRow = Prisma.ClaimGetPayload<{ include: typeof FACT_CHECK_INCLUDE }>;

export interface FactCheckVerdict {
  ratingId: string;
  label: string;
  labelSlug: string;
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  scaleName: string;
  rationale: string;
  approvedAt: Date;
  correctionNote: string | null;
}

export interface FactCheckAppearance {
  articleId: string;
  url: string | null;
  headline: string;
  datePublished: Date | null;
  author: string | null; // byline
  publisher: string | null; // outlet
  quote: string;
}

/** A published fact-check, shaped for the public page and the ClaimReview builder. */
export interface FactCheck {
  id: string;
  slug: string;
  claim: string;
  claimDate: Date | null;
  publishedAt: Date;
  /** Set when a correction changed the verdict after publication. */
  modifiedAt: Date | null;
  speaker: { name: string; role: string | null } | null;
  verdict: FactCheckVerdict;
  /** Earlier verdicts, oldest first, each replaced by the next (corrections history). */
  history: FactCheckVerdict[];
  corrections: { note: string; datePublished: Date; from: string; to: string }[];
  evidence: { url: string; title: string; excerpt: string; stance: string }[];
  appearances: FactCheckAppearance[];
}

function toVerdict(rating: FactCheckRow["ratings"][number]): FactCheckVerdict {
  return {
    ratingId: rating.id,
    label: rating.label.name,
    labelSlug: rating.label.slug,
    ratingValue: rating.label.ratingValue,
    bestRating: rating.label.scale.bestRating,
    worstRating: rating.label.scale.worstRating,
    scaleName: rating.label.scale.name,
    rationale: rating.rationale,
    approvedAt: rating.approvedAt!,
    correctionNote: rating.correctionNote,
  };
}

/** Shapes a loaded claim; null when it has no publishable verdict (never shown then). */
export function toFactCheck(row: FactCheckRow): FactCheck | null {
  if (!row.slug || !row.publishedAt || row.status !== "published") return null;
  const current = row.ratings.filter((r) => r.status === "approved").at(-1);
  // A claim status is never emitted as a rating: no approved verdict label, no fact-check.
  if (!current?.label.isVerdict) return null;
  // Walk back through corrections only: verdicts replaced before publication are not history.
  const byId = new Map(row.ratings.map((r) => [r.id, r]));
  const ratings = [current];
  for (let r = current; r.correctionNote && r.supersedesId && byId.has(r.supersedesId); ) {
    r = byId.get(r.supersedesId)!;
    ratings.unshift(r);
  }
  const chain = ratings.map(toVerdict);
  const corrections = chain.slice(1).flatMap((v, i) =>
    v.correctionNote
      ? [
          {
            note: v.correctionNote,
            datePublished: v.approvedAt,
            from: chain[i]!.label,
            to: v.label,
          },
        ]
      : [],
  );
  const seen = new Set<string>();
  const appearances: FactCheckAppearance[] = [];
  for (const s of row.statements) {
    if (seen.has(s.articleId)) continue;
    seen.add(s.articleId);
    appearances.push({
      articleId: s.articleId,
      url: s.article.url,
      headline: s.article.title,
      datePublished: s.article.publishedAt,
      author: s.article.byline,
      publisher: s.article.outlet?.name ?? null,
      quote: s.text,
    });
  }
  const role = row.speaker?.role ?? row.statements.find((s) => s.speakerRole)?.speakerRole ?? null;
  return {
    id: row.id,
    slug: row.slug,
    claim: row.text,
    claimDate: row.claimDate,
    publishedAt: row.publishedAt,
    modifiedAt: corrections.length > 0 ? chain.at(-1)!.approvedAt : null,
    speaker: row.speaker ? { name: row.speaker.name, role } : null,
    verdict: chain.at(-1)!,
    history: chain.slice(0, -1),
    corrections,
    evidence: row.evidence.map((e) => ({
      url: e.url,
      title: e.title,
      excerpt: e.excerpt,
      stance: e.stance,
    })),
    appearances,
  };
}

/** The published fact-check at this slug, or null (drafts, unpublished and imported claims are never found). */
export async function getPublishedFactCheck(db: Db, slug: string): Promise<FactCheck | null> {
  if (!slug || slug.length > 200) return null;
  const row = await db.claim.findFirst({
    where: { ...PUBLIC_CLAIM_WHERE, slug },
    include: FACT_CHECK_INCLUDE,
  });
  return row ? toFactCheck(row) : null;
}
