import { type Db, poolOf } from "@claimdesk/db";
import { FACET_FIELDS, type SearchBackend, type SearchHit } from "../types.ts";
import {
  type Appearance,
  claimAppearances,
  foldStatementsIntoClaims,
} from "./claim-appearances.ts";
import { disjunctiveFacets } from "./disjunctive-facets.ts";
import { normaliseQueryText, ResultCache, resultCacheEnabled } from "./result-cache.ts";
import type { SearchPageQuery } from "./search-query.ts";

export const SEARCH_PAGE_SIZE = 20;
/** Facet values sent per facet (the page shows 12). */
const FACET_VALUES_SENT = 20;
/** The facet sort's tie-break, made once: the same order as `localeCompare` without a locale. */
const byValue = new Intl.Collator().compare;

/** One hit as the search page renders it: the index's fields, its highlights flattened. */
export interface SearchPageHit
  extends Pick<
    SearchHit,
    | "type"
    | "id"
    | "text"
    | "speaker"
    | "verdict"
    | "status"
    | "outlet"
    | "kind"
    | "claimId"
    | "articleId"
    | "date"
  > {
  highlight: string;
  body: string | null;
  /** other wordings of the same statement (same fingerprint), which the index folds into this hit */
  variants: Appearance[];
  /** a claim's latest appearances (statements it was made from) */
  appearances: Appearance[];
  appearanceCount: number;
}

export interface SearchPage {
  totalHits: number;
  page: number;
  pageCount: number;
  hits: SearchPageHit[];
  facets: Record<string, Record<string, number>>;
}

/** A process's cache of search pages (one per Services). */
export class SearchResultCache extends ResultCache<SearchPage> {}

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

/**
 * One page of the desk's search: the backend's hits, a claim listed once with where it was
 * said, the other wordings the index folded into a statement hit, disjunctive facet counts.
 */
export async function searchPage(
  db: Db,
  backend: SearchBackend,
  input: SearchPageQuery,
  atVersion?: string,
): Promise<SearchPage> {
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
            .sort((a, b) => b[1] - a[1] || byValue(a[0], b[0]))
            .slice(0, FACET_VALUES_SENT),
        ),
      ]),
    ),
  };
}

/**
 * searchPage through the cache: a page is reused while the index version it was computed at is
 * current (one cheap read per search); with no version (Meilisearch, or
 * SEARCH_RESULT_CACHE=off) every search runs.
 */
export async function cachedSearchPage(
  services: { db: Db; search: SearchBackend; searchResults: SearchResultCache },
  input: SearchPageQuery,
): Promise<{ page: SearchPage; cached: boolean }> {
  const { db, search, searchResults } = services;
  const version = resultCacheEnabled() ? await search.indexVersion?.() : undefined;
  if (version === undefined) return { page: await searchPage(db, search, input), cached: false };
  const key = JSON.stringify({ ...input, q: normaliseQueryText(input.q) });
  const { value, hit } = await searchResults.get(key, version, () =>
    searchPage(db, search, input, version),
  );
  return { page: value, cached: hit };
}
