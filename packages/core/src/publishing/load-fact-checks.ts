import type { ContactMethod, Db, Prisma } from "@claimdesk/db";
import { type Block, parseStoryBody } from "./story-body.ts";

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
    include: {
      label: { include: { scale: true } },
      author: { select: { name: true } },
      approver: { select: { name: true } },
    },
  },
  factCheckStory: true,
  speakerContacts: { where: { showPublicly: true }, orderBy: { contactedAt: "asc" } },
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

/** The article an editor wrote around the verdict (older fact-checks have none). */
export interface FactCheckStoryView {
  headline: string;
  summary: string;
  blocks: Block[];
  /** who signs it, as readers see it (empty: the desk only) */
  byline: string[];
}

/** A right-of-reply entry the desk chose to show readers. */
export interface FactCheckReply {
  contactee: string;
  method: ContactMethod;
  contactedAt: Date;
  reply: string | null;
  repliedAt: Date | null;
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
  /** numbered from 1 in this order: `[n]` in the story's body cites evidence n */
  evidence: { n: number; url: string; title: string; excerpt: string; stance: string }[];
  appearances: FactCheckAppearance[];
  story: FactCheckStoryView | null;
  /** set when the desk took the fact-check back: the page shows the note, not the verdict */
  retraction: { note: string; retractedAt: Date } | null;
  replies: FactCheckReply[];
  /** when what readers see last changed (publication, correction, retraction, a reply shown) */
  changedAt: Date;
}

function bylineOf(
  byline: string,
  verdict: { author: { name: string } | null; approver: { name: string } | null },
): string[] {
  const names: (string | undefined)[] =
    byline === "reviewer"
      ? [verdict.author?.name]
      : byline === "editor"
        ? [verdict.approver?.name]
        : byline === "both"
          ? [verdict.author?.name, verdict.approver?.name]
          : [];
  return [...new Set(names.filter((n): n is string => Boolean(n)))];
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
  const story = row.factCheckStory;
  const modifiedAt = corrections.length > 0 ? chain.at(-1)!.approvedAt : null;
  const role = row.speaker?.role ?? row.statements.find((s) => s.speakerRole)?.speakerRole ?? null;
  return {
    id: row.id,
    slug: row.slug,
    claim: row.text,
    claimDate: row.claimDate,
    publishedAt: row.publishedAt,
    modifiedAt,
    speaker: row.speaker ? { name: row.speaker.name, role } : null,
    verdict: chain.at(-1)!,
    history: chain.slice(0, -1),
    corrections,
    evidence: row.evidence.map((e, i) => ({
      n: i + 1,
      url: e.url,
      title: e.title,
      excerpt: e.excerpt,
      stance: e.stance,
    })),
    appearances,
    story: story
      ? {
          headline: story.headline,
          summary: story.summary,
          blocks: parseStoryBody(story.body),
          byline: bylineOf(story.byline, ratings[0]!),
        }
      : null,
    retraction:
      row.retractedAt && row.retractionNote
        ? { note: row.retractionNote, retractedAt: row.retractedAt }
        : null,
    replies: row.speakerContacts.map((c) => ({
      contactee: c.contactee,
      method: c.method,
      contactedAt: c.contactedAt,
      reply: c.reply,
      repliedAt: c.repliedAt,
    })),
    changedAt: row.publicChangedAt ?? modifiedAt ?? row.publishedAt,
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
