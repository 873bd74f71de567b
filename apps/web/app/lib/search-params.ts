import type { SearchPageQuery } from "@claimdesk/search";
/** Search state <-> URL, shared by the loader and the browser so a search can be shared by link. */
export const FACETS = ["type", "speaker", "verdict", "status", "outlet", "kind", "tags"] as const;
export type Facet = (typeof FACETS)[number];
export const SORTS = ["relevance", "newest", "oldest", "checkworthiness"] as const;

/** The search state is the search page's query, as the search package defines it. */
export type SearchState = SearchPageQuery;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseSearchParams(params: URLSearchParams): SearchState {
  const many = (k: string) => params.getAll(k).filter(Boolean).slice(0, 20);
  const sort = params.get("sort");
  const dateFrom = params.get("from") ?? "";
  const dateTo = params.get("to") ?? "";
  return {
    q: (params.get("q") ?? "").slice(0, 500),
    type: many("type").filter((t): t is "claim" | "statement" | "article" =>
      ["claim", "statement", "article"].includes(t),
    ),
    speaker: many("speaker"),
    verdict: many("verdict"),
    status: many("status"),
    outlet: many("outlet"),
    kind: many("kind"),
    tags: many("tags"),
    dateFrom: DATE.test(dateFrom) ? dateFrom : undefined,
    dateTo: DATE.test(dateTo) ? dateTo : undefined,
    sort: (SORTS as readonly string[]).includes(sort ?? "")
      ? (sort as SearchState["sort"])
      : "relevance",
    page: Math.min(50, Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1)),
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  for (const f of FACETS) for (const v of state[f]) p.append(f, v);
  if (state.dateFrom) p.set("from", state.dateFrom);
  if (state.dateTo) p.set("to", state.dateTo);
  if (state.sort !== "relevance") p.set("sort", state.sort);
  if (state.page > 1) p.set("page", String(state.page));
  return p;
}
