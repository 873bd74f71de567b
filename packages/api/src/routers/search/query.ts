import { type Db, poolOf } from "@claimdesk/db";
import { FACET_FIELDS } from "@claimdesk/search";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { getSearchBackend } from "./backend.ts";
import { claimAppearances, foldStatementsIntoClaims } from "./claim-appearances.ts";
import { disjunctiveFacets } from "./disjunctive-facets.ts";
import { normaliseQueryText, ResultCache, resultCacheEnabled } from "./result-cache.ts";

export const SEARCH_PAGE_SIZE = 20;
/** Facet values sent per facet (the page shows 12). */
const FACET_VALUES_SENT = 20;
const list = z.array(z.string().max(200)).max(20).default([]);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2024-05-31")
  .optional();

export const ZSearchQueryInput = z.object({
  q: z.string().max(500).default(""),
  type: z
    .array(z.enum(["claim", "statement", "article"]))
    .max(3)
    .default([]),
  speaker: list,
  verdict: list,
  status: list,
  outlet: list,
  kind: list,
  tags: list,
  dateFrom: isoDate,
  dateTo: isoDate,
  sort: z.enum(["relevance", "newest", "oldest", "checkworthiness"]).default("relevance"),
  page: z.number().int().min(1).max(50).default(1),
});

export const ZSearchHit = z.object({
  type: z.enum(["claim", "statement", "article"]),
  id: z.string(),
  text: z.string(),
  highlight: z.string(),
  body: z.string().nullable(),
  speaker: z.string().nullable(),
  verdict: z.string().nullable(),
  status: z.string().nullable(),
  outlet: z.string().nullable(),
  kind: z.string().nullable(),
  claimId: z.string().nullable(),
  articleId: z.string().nullable(),
  date: z.string().nullable(),
  /** other wordings of the same statement (same fingerprint), which the index folds into this hit */
  variants: z.array(
    z.object({
      statementId: z.string(),
      text: z.string(),
      articleId: z.string(),
      articleTitle: z.string(),
    }),
  ),
  /** a claim's latest appearances (statements it was made from) and how many it has */
  appearances: z.array(
    z.object({
      statementId: z.string(),
      text: z.string(),
      articleId: z.string(),
      articleTitle: z.string(),
    }),
  ),
  appearanceCount: z.number().int(),
});

export const ZSearchQueryOutput = z.object({
  totalHits: z.number(),
  page: z.number(),
  pageCount: z.number(),
  tookMs: z.number(),
  hits: z.array(ZSearchHit),
  facets: z.record(z.string(), z.record(z.string(), z.number())),
  /** served from the result cache (see result-cache.ts) */
  cached: z.boolean(),
});

interface SiblingRow {
  hitId: string;
  id: string;
  text: string;
  articleId: string;
  articleTitle: string;
}

const SORTS = {
  relevance: undefined,
  newest: [{ field: "date", direction: "desc" }],
  oldest: [{ field: "date", direction: "asc" }],
  checkworthiness: [{ field: "checkworthiness", direction: "desc" }],
} as const;

type SearchQueryInput = z.infer<typeof ZSearchQueryInput>;
type SearchPage = Omit<z.infer<typeof ZSearchQueryOutput>, "tookMs" | "cached">;

const resultCache = new ResultCache<SearchPage>();

/** Cache counters of this process (hits, misses). */
export function searchResultCacheStats() {
  return { hits: resultCache.hits, misses: resultCache.misses };
}

const SIBLINGS_SQL = `select h.id as "hitId", s.id, s.text, s."articleId", a.title as "articleTitle"
  from "Statement" h
  join "Statement" s on s.fingerprint = h.fingerprint and s.id <> all($1::text[])
  join "Article" a on a.id = s."articleId"
  where h.id = any($1::text[])
  order by s."createdAt" desc limit 200`;

/**
 * Other statements with the same fingerprint as the hits (the index folds them into one hit),
 * in one query. Once per search, so it goes straight to the client's pool when it has one
 * (poolOf: a third of Prisma's CPU per query).
 */
async function siblingWordings(db: Db, statementIds: string[]): Promise<SiblingRow[]> {
  const pool = poolOf(db);
  if (pool) return (await pool.query<SiblingRow>(SIBLINGS_SQL, [statementIds])).rows;
  return db.$queryRawUnsafe<SiblingRow[]>(SIBLINGS_SQL, statementIds);
}

async function runSearch(db: Db, input: SearchQueryInput, atVersion?: string): Promise<SearchPage> {
  const backend = getSearchBackend();
  const q = input.q.trim();
  const filters = {
    type: input.type.length ? input.type : undefined,
    speaker: input.speaker.length ? input.speaker : undefined,
    verdict: input.verdict.length ? input.verdict : undefined,
    status: input.status.length ? input.status : undefined,
    outlet: input.outlet.length ? input.outlet : undefined,
    kind: input.kind.length ? input.kind : undefined,
    tags: input.tags.length ? input.tags : undefined,
    dateFrom: input.dateFrom,
    dateTo: input.dateTo,
  };
  const result = await backend.search({
    atVersion,
    q,
    filters,
    facets: [...FACET_FIELDS],
    sort: SORTS[input.sort]?.map((s) => ({ ...s })),
    limit: SEARCH_PAGE_SIZE,
    offset: (input.page - 1) * SEARCH_PAGE_SIZE,
  });
  // A claim and the statements it was made from are separate records: on a page, a claim
  // that is a hit lists its appearances instead of its statements being listed again.
  const { kept: hits, folded } = foldStatementsIntoClaims(result.hits);
  const claimIds = hits.filter((h) => h.type === "claim").map((h) => h.id);
  // The index keeps one statement per claim key: look up the other wordings it folded away
  // (same fingerprint) to show them on the hit, in one query (the hit's article comes from
  // the index).
  const statementIds = hits.filter((h) => h.type === "statement").map((h) => h.id);
  const [siblings, appearances, facets] = await Promise.all([
    statementIds.length ? siblingWordings(db, statementIds) : [],
    claimAppearances(db, claimIds),
    disjunctiveFacets(backend, result, { q, filters, atVersion }),
  ]);
  const variantsOf = (hitId: string, hitText: string) => {
    const seen = new Set([hitText.toLowerCase()]);
    const out: { statementId: string; text: string; articleId: string; articleTitle: string }[] =
      [];
    for (const s of siblings) {
      if (s.hitId !== hitId || seen.has(s.text.toLowerCase()) || out.length >= 3) continue;
      seen.add(s.text.toLowerCase());
      out.push({
        statementId: s.id,
        text: s.text,
        articleId: s.articleId,
        articleTitle: s.articleTitle,
      });
    }
    return out;
  };
  return {
    // Exact when the results fit one page; on longer lists, statements folded on later pages
    // are still counted (pages stay as the index paged them).
    totalHits: result.totalHits - folded,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(Math.min(result.totalHits, 1000) / SEARCH_PAGE_SIZE)),
    hits: hits.map((h) => ({
      type: h.type,
      id: h.id,
      text: h.text,
      highlight: h.highlight.text,
      body: h.highlight.body,
      speaker: h.speaker,
      verdict: h.verdict,
      status: h.status,
      outlet: h.outlet,
      kind: h.kind,
      claimId: h.claimId,
      articleId: h.type === "article" ? h.id : h.articleId,
      date: h.date,
      variants: h.type === "statement" ? variantsOf(h.id, h.text) : [],
      appearances: appearances.get(h.id)?.shown ?? [],
      appearanceCount: appearances.get(h.id)?.total ?? 0,
    })),
    // The page lists the 12 most frequent values per facet: the rest is not sent.
    facets: Object.fromEntries(
      Object.entries(facets).map(([facet, counts]) => [
        facet,
        Object.fromEntries(
          Object.entries(counts ?? {})
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, FACET_VALUES_SENT),
        ),
      ]),
    ),
  };
}

/** One box over statements, claims and articles, typo-tolerant, with facet counts. */
export const searchQueryProcedure = reviewerProcedure
  .input(ZSearchQueryInput)
  .output(ZSearchQueryOutput)
  .query(async ({ ctx, input }) => {
    const started = performance.now();
    const backend = getSearchBackend();
    const version = resultCacheEnabled() ? await backend.indexVersion?.() : undefined;
    if (version === undefined) {
      const page = await runSearch(ctx.db, input);
      return { ...page, cached: false, tookMs: Math.round(performance.now() - started) };
    }
    const key = JSON.stringify({ ...input, q: normaliseQueryText(input.q) });
    const { value, hit } = await resultCache.get(key, version, () =>
      runSearch(ctx.db, input, version),
    );
    return { ...value, cached: hit, tookMs: Math.round(performance.now() - started) };
  });
