import type { Settings } from "meilisearch";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, MAX_TOTAL_HITS } from "../types.ts";

/** Fields that can be filtered and faceted on (SearchFilters + facets). */
export const FILTERABLE_ATTRIBUTES = [
  "type",
  "speaker",
  "verdict",
  "status",
  "outlet",
  "kind",
  "dateTs",
  "claimId",
  "origin",
  "tags",
];

/** A few equivalences fact-checkers search by; Meilisearch applies them both ways when listed so. */
export const SYNONYMS: Record<string, string[]> = {
  us: ["united states", "usa", "america"],
  usa: ["united states", "us"],
  "united states": ["us", "usa"],
  obamacare: ["affordable care act", "aca"],
  "affordable care act": ["obamacare", "aca"],
  aca: ["affordable care act", "obamacare"],
  gop: ["republicans", "republican party"],
  potus: ["president"],
  "social security": ["ssa"],
};

/**
 * Explicit settings of every index (claims, statements, articles share one document shape).
 * Searchable attributes in priority order: the claim/statement text first, then who said it,
 * then context. `claimKey` as distinct attribute collapses the statements of one claim.
 */
export function buildIndexSettings(): Settings {
  return {
    searchableAttributes: [
      "text",
      "speaker",
      "tags",
      "articleTitle",
      "context",
      "externalId",
      "outlet",
      "byline",
      "body",
    ],
    displayedAttributes: ["*"],
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    sortableAttributes: ["dateTs", "checkworthiness"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    distinctAttribute: "claimKey",
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: ["externalId"],
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    synonyms: SYNONYMS,
  };
}

/** Highlighting and cropping, the same for every search. */
export const HIGHLIGHT_PARAMS = {
  attributesToHighlight: ["text"],
  attributesToCrop: ["body"],
  cropLength: 30,
  highlightPreTag: HIGHLIGHT_PRE,
  highlightPostTag: HIGHLIGHT_POST,
  showRankingScore: true,
} as const;
