import {
  cachedSearchPage,
  DEFAULT_SEARCH_SORT,
  SEARCH_DAY,
  SEARCH_QUERY_LIMITS,
  SEARCH_SORTS,
  SEARCH_TYPES,
} from "@claimdesk/search";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

const list = z
  .array(z.string().max(SEARCH_QUERY_LIMITS.valueLength))
  .max(SEARCH_QUERY_LIMITS.values)
  .default([]);
const isoDate = z.string().regex(SEARCH_DAY, "Use a date like 2024-05-31").optional();

/** The search package's query (SEARCH_* in @claimdesk/search/query), validated. */
export const ZSearchQueryInput = z.object({
  q: z.string().max(SEARCH_QUERY_LIMITS.text).default(""),
  type: z.array(z.enum(SEARCH_TYPES)).max(SEARCH_TYPES.length).default([]),
  speaker: list,
  verdict: list,
  status: list,
  outlet: list,
  kind: list,
  tags: list,
  dateFrom: isoDate,
  dateTo: isoDate,
  sort: z.enum(SEARCH_SORTS).default(DEFAULT_SEARCH_SORT),
  page: z.number().int().min(1).max(SEARCH_QUERY_LIMITS.pages).default(1),
});

export const ZSearchHit = z.object({
  type: z.enum(SEARCH_TYPES),
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
  /** served from the result cache (SearchResultCache in @claimdesk/search) */
  cached: z.boolean(),
});

/**
 * One box over statements, claims and articles, typo-tolerant, with facet counts, from the
 * context's search backend (searchPage in @claimdesk/search, through the result cache).
 */
export const searchQueryProcedure = reviewerProcedure
  .input(ZSearchQueryInput)
  .output(ZSearchQueryOutput)
  .query(async ({ ctx, input }) => {
    const started = performance.now();
    const { page, cached } = await cachedSearchPage(ctx, input);
    return { ...page, cached, tookMs: Math.round(performance.now() - started) };
  });
