export {
  discoverPages,
  type ListedPage,
  MAX_CHILD_SITEMAPS,
  MAX_PAGES_PER_SOURCE,
} from "./discover-pages.ts";
export {
  backoffMs,
  DEFAULT_PAGES_PER_RUN,
  type HarvestRunResult,
  harvestDueSources,
  harvestSource,
  PAGE_REFRESH_MS,
  SOURCE_INTERVAL_MS,
} from "./harvest-source.ts";
export {
  addHarvestSource,
  deleteHarvestSource,
  type HarvestSourceInput,
  listHarvestSources,
  MAX_PAGE_LIST,
  setHarvestSourceEnabled,
  ZHarvestSourceInput,
} from "./manage-sources.ts";
export { type ParsedSitemap, parseSitemap, SitemapParseError } from "./parse-sitemap.ts";
export {
  type JsonLdReading,
  MAX_REVIEWS_PER_PAGE,
  readClaimReviewJsonLd,
} from "./read-claim-review-json-ld.ts";
