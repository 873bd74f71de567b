// What the desk's search box asks: its fields, the values they take, their limits and their
// defaults. The one owner of them: the web app's URL state (apps/web/app/lib/search-params.ts)
// and the API's validation (ZSearchQueryInput) read them here. Safe in the browser (no
// database behind it): `@claimdesk/search/query`.
import { type DocumentType, FACET_FIELDS } from "../types.ts";

/** The kinds of record a search can be narrowed to. */
export const SEARCH_TYPES = [
  "claim",
  "statement",
  "article",
] as const satisfies readonly DocumentType[];

/** The orders a search page can be sorted in; the first is the default. */
export const SEARCH_SORTS = ["relevance", "newest", "oldest", "checkworthiness"] as const;
export type SearchSortName = (typeof SEARCH_SORTS)[number];

/** The filters that take a list of values, in the order the page shows them: every facet. */
export const SEARCH_FILTERS = FACET_FIELDS;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

export const SEARCH_QUERY_LIMITS = {
  /** characters of the query text */
  text: 500,
  /** values per filter */
  values: 20,
  /** characters of one filter value */
  valueLength: 200,
  /** the last page that can be asked for */
  pages: 50,
} as const;

/** What the desk's search box asks (the API validates it: ZSearchQueryInput). */
export interface SearchPageQuery {
  q: string;
  type: (typeof SEARCH_TYPES)[number][];
  speaker: string[];
  verdict: string[];
  status: string[];
  outlet: string[];
  kind: string[];
  tags: string[];
  dateFrom?: string;
  dateTo?: string;
  sort: SearchSortName;
  page: number;
}

/** A day as dateFrom and dateTo give it. */
export const SEARCH_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The sort of a query that names none. */
export const DEFAULT_SEARCH_SORT: SearchSortName = SEARCH_SORTS[0];
