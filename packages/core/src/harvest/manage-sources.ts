import type { Db, HarvestSourceKind } from "@claimdesk/db";
import { z } from "zod";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { badRequest, conflict, notFound } from "../errors.ts";
import { FetchRefusedError } from "../ingest/errors.ts";
import { checkUrl, type UrlPolicyOptions } from "../ingest/url-policy.ts";

/** Most pages in one page list. */
export const MAX_PAGE_LIST = 200;

export const ZHarvestSourceInput = z.object({
  kind: z.enum(["sitemap", "feed", "pages"], {
    error: "must be sitemap, feed or pages",
  }),
  /** the sitemap or feed URL; for `pages`, one URL per line */
  url: z.string().trim().min(1, "Paste the address of the sitemap, feed or pages").max(200_000),
  name: z
    .string()
    .trim()
    .max(200, "Keep the name under 200 characters")
    .optional()
    .transform((t) => t || null),
});
export type HarvestSourceInput = z.input<typeof ZHarvestSourceInput>;

function checked(url: string, policy: UrlPolicyOptions, label: string): string {
  try {
    return checkUrl(url, policy).href;
  } catch (error) {
    if (error instanceof FetchRefusedError) throw badRequest(`${label}: ${error.message}`);
    throw error;
  }
}

/**
 * Follows a fact-checker's ClaimReview: a sitemap (or sitemap index), an RSS/Atom feed, or a list
 * of pages (one URL per line, at most MAX_PAGE_LIST). Every URL must pass the fetch policy (no
 * private addresses; host names are checked again when fetched). Admins only; audited.
 */
export async function addHarvestSource(
  db: Db,
  input: HarvestSourceInput & { actorId: string | null },
  /** tests only: `{ allowLoopbackForTests: true }` */
  policy: UrlPolicyOptions = {},
) {
  if (input.actorId) await loadActor(db, input.actorId, "admin");
  const parsed = ZHarvestSourceInput.safeParse(input);
  if (!parsed.success)
    throw badRequest(
      parsed.error.issues.map((i) => `${i.path.join(".") || "input"} ${i.message}`).join("; "),
    );
  const { kind, name } = parsed.data;
  let url: string;
  let pageUrls: string[] = [];
  if (kind === "pages") {
    const lines = parsed.data.url
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length > MAX_PAGE_LIST)
      throw badRequest(`A page list holds at most ${MAX_PAGE_LIST} pages (got ${lines.length}).`);
    pageUrls = [...new Set(lines.map((l, i) => checked(l, policy, `line ${i + 1}`)))];
    url = pageUrls[0]!;
  } else {
    url = checked(parsed.data.url, policy, "url");
  }
  if (await db.harvestSource.findUnique({ where: { url } }))
    throw conflict(`${url} is already followed for ClaimReview.`);
  return db.$transaction(async (tx) => {
    const source = await tx.harvestSource.create({
      data: { url, kind: kind as HarvestSourceKind, name, pageUrls },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "harvest.create",
      entityType: "harvestSource",
      entityId: source.id,
      data: { url, kind, pages: pageUrls.length },
    });
    return source;
  });
}

/**
 * Every source with the state the admin feeds page shows: last and next run, the pages known,
 * imported from and failing, and the last error in words.
 */
export async function listHarvestSources(db: Db) {
  const sources = await db.harvestSource.findMany({ orderBy: { createdAt: "asc" } });
  const counts = await db.$queryRaw<
    { sourceId: string; seen: number; imported: number; failed: number; reviews: number }[]
  >`
    select "sourceId", count(*)::int as seen,
      count(*) filter (where "importedAt" is not null)::int as imported,
      count(*) filter (where "errorCount" > 0)::int as failed,
      coalesce(sum("reviewsFound"), 0)::int as reviews
    from "HarvestPage" group by "sourceId"`;
  const failing = await db.harvestPage.findMany({
    where: { errorCount: { gt: 0 } },
    orderBy: { lastFetchedAt: "desc" },
    distinct: ["sourceId"],
    select: { sourceId: true, url: true, lastError: true },
  });
  const countOf = new Map(counts.map((c) => [c.sourceId, c]));
  const failingOf = new Map(failing.map((f) => [f.sourceId, f]));
  return sources.map((s) => {
    const c = countOf.get(s.id);
    const page = failingOf.get(s.id);
    return {
      id: s.id,
      kind: s.kind,
      url: s.url,
      name: s.name,
      pageCount: s.kind === "pages" ? s.pageUrls.length : null,
      enabled: s.enabled,
      lastRunAt: s.lastRunAt,
      nextRunAt: s.enabled ? s.nextRunAt : null,
      errorCount: s.errorCount,
      lastError: s.lastError,
      lastRunSummary: s.lastRunSummary,
      pagesSeen: c?.seen ?? 0,
      pagesImported: c?.imported ?? 0,
      pagesFailed: c?.failed ?? 0,
      reviewsFound: c?.reviews ?? 0,
      lastPageError: page ? { url: page.url, error: page.lastError ?? "" } : null,
    };
  });
}

/** Pauses or resumes a source; resuming clears its back-off, so it runs at the next schedule. */
export async function setHarvestSourceEnabled(
  db: Db,
  input: { sourceId: string; enabled: boolean; actorId: string },
) {
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "admin");
    const source = await tx.harvestSource.findUnique({ where: { id: input.sourceId } });
    if (!source) throw notFound("ClaimReview source");
    if (source.enabled === input.enabled) return source;
    const updated = await tx.harvestSource.update({
      where: { id: source.id },
      data: input.enabled ? { enabled: true, errorCount: 0, nextRunAt: null } : { enabled: false },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: input.enabled ? "harvest.enable" : "harvest.disable",
      entityType: "harvestSource",
      entityId: source.id,
      data: { url: source.url },
    });
    return updated;
  });
}

/**
 * Stops following a source for good: the source and its page list go, and the audit row keeps
 * what it was (address, kind, pages, reviews found). The checks already imported from it stay:
 * they are other fact-checkers' published checks, found by their review URL, and matching keeps
 * using them. Admins only; the caller confirms first (the web page asks).
 */
export async function deleteHarvestSource(db: Db, input: { sourceId: string; actorId: string }) {
  return db.$transaction(async (tx) => {
    await loadActor(tx, input.actorId, "admin");
    const source = await tx.harvestSource.findUnique({ where: { id: input.sourceId } });
    if (!source) throw notFound("ClaimReview source");
    const [pages] = await tx.$queryRaw<{ pages: number; imported: number; reviews: number }[]>`
      select count(*)::int as pages,
        count(*) filter (where "importedAt" is not null)::int as imported,
        coalesce(sum("reviewsFound"), 0)::int as reviews
      from "HarvestPage" where "sourceId" = ${source.id}`;
    const counts = pages ?? { pages: 0, imported: 0, reviews: 0 };
    // its pages go with it (onDelete: Cascade); imported claims have no link to it
    await tx.harvestSource.delete({ where: { id: source.id } });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: "harvest.delete",
      entityType: "harvestSource",
      entityId: source.id,
      data: { url: source.url, kind: source.kind, name: source.name, ...counts },
    });
    return { id: source.id, url: source.url, name: source.name, ...counts };
  });
}
