import type { Db } from "@claimdesk/db";

/**
 * The page slug of the speaker called `name` (search results and statements know speakers by
 * name): an exact name first, then an alias, following a merge to the speaker it went into.
 * Null when nobody has that name.
 */
export async function resolveSpeakerSlug(db: Db, name: string): Promise<string | null> {
  const speaker =
    (await db.speaker.findFirst({
      where: { name },
      orderBy: [{ mergedIntoId: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
      select: { slug: true, mergedInto: { select: { slug: true } } },
    })) ??
    (await db.speaker.findFirst({
      where: { aliases: { has: name }, mergedIntoId: null },
      orderBy: { createdAt: "asc" },
      select: { slug: true, mergedInto: { select: { slug: true } } },
    }));
  return speaker ? (speaker.mergedInto?.slug ?? speaker.slug) : null;
}
