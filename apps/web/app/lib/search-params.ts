/**
 * Search state <-> URL, shared by the loader and the browser so a search can be shared by link.
 * The fields, their values, limits and defaults are the search package's
 * (`@claimdesk/search/query`); only the URL's names (`from`, `to`) and its leniency are here.
 */
import {
  DEFAULT_SEARCH_SORT,
  SEARCH_DAY,
  SEARCH_FILTERS,
  SEARCH_QUERY_LIMITS,
  SEARCH_SORTS,
  SEARCH_TYPES,
  type SearchFilterName,
  type SearchPageQuery,
} from "@claimdesk/search/query";

export const FACETS = SEARCH_FILTERS;
export type Facet = SearchFilterName;

/** The search state is the search page's query, as the search package defines it. */
export type SearchState = SearchPageQuery;

export function parseSearchParams(params: URLSearchParams): SearchState {
  const many = (k: string) => params.getAll(k).filter(Boolean).slice(0, SEARCH_QUERY_LIMITS.values);
  const sort = params.get("sort");
  const dateFrom = params.get("from") ?? "";
  const dateTo = params.get("to") ?? "";
  return {
    q: (params.get("q") ?? "").slice(0, SEARCH_QUERY_LIMITS.text),
    type: many("type").filter((t): t is SearchState["type"][number] =>
      (SEARCH_TYPES as readonly string[]).includes(t),
    ),
    speaker: many("speaker"),
    verdict: many("verdict"),
    status: many("status"),
    outlet: many("outlet"),
    kind: many("kind"),
    tags: many("tags"),
    dateFrom: SEARCH_DAY.test(dateFrom) ? dateFrom : undefined,
    dateTo: SEARCH_DAY.test(dateTo) ? dateTo : undefined,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? "")
      ? (sort as SearchState["sort"])
      : DEFAULT_SEARCH_SORT,
    page: Math.min(
      SEARCH_QUERY_LIMITS.pages,
      Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1),
    ),
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  for (const f of FACETS) for (const v of state[f]) p.append(f, v);
  if (state.dateFrom) p.set("from", state.dateFrom);
  if (state.dateTo) p.set("to", state.dateTo);
  if (state.sort !== DEFAULT_SEARCH_SORT) p.set("sort", state.sort);
  if (state.page > 1) p.set("page", String(state.page));
  return p;
}
