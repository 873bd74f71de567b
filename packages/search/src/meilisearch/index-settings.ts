import type { Embedder, Settings } from "meilisearch";
import { STOP_WORDS } from "../matching/analyze-text.ts";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, MAX_TOTAL_HITS } from "../types.ts";

/** The name of the configured embedder in the claims index's `embedders` setting. */
export const EMBEDDER_NAME = "claimdesk";
/** What the embedder embeds of a claim, unless MEILI_EMBEDDER gives its own documentTemplate. */
export const CLAIM_DOCUMENT_TEMPLATE =
  "{{doc.text}}{% if doc.speaker %} (said by {{doc.speaker}}){% endif %}";

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
export function buildIndexSettings(options: { embedder?: Embedder } = {}): Settings {
  const embedders = options.embedder
    ? {
        embedders: {
          [EMBEDDER_NAME]: { documentTemplate: CLAIM_DOCUMENT_TEMPLATE, ...options.embedder },
        },
      }
    : {};
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
    // PostgreSQL's English stop words: matching ranks on the words that carry meaning
    stopWords: [...STOP_WORDS],
    ...embedders,
  } as Settings;
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
