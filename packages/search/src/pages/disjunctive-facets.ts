import {
  FACET_FIELDS,
  type FacetField,
  type SearchBackend,
  type SearchFilters,
  type SearchResult,
} from "../types.ts";

/**
 * Facet counts that count disjunctively within a facet, as a desk expects from checkboxes:
 * ticking "Claim" under "Kind of record" narrows the results but keeps the other kinds'
 * counts (what ticking them too would add). Each facet with a selection is counted once more
 * without its own filter (the other facets' filters still apply); facets without a selection
 * keep the main search's counts. One extra search per selected facet, run in parallel, asking
 * only for that facet's counts and no hits.
 */
export async function disjunctiveFacets(
  backend: SearchBackend,
  main: SearchResult,
  query: { q: string; filters: SearchFilters; atVersion?: string },
): Promise<SearchResult["facets"]> {
  const selected = FACET_FIELDS.filter((facet) => (query.filters[facet]?.length ?? 0) > 0);
  if (selected.length === 0) return main.facets;
  const recounted = await Promise.all(
    selected.map(async (facet: FacetField) => {
      const result = await backend.search({
        atVersion: query.atVersion,
        q: query.q,
        filters: { ...query.filters, [facet]: undefined },
        facets: [facet],
        limit: 0,
        offset: 0,
      });
      return [facet, result.facets[facet] ?? {}] as const;
    }),
  );
  return { ...main.facets, ...Object.fromEntries(recounted) };
}
