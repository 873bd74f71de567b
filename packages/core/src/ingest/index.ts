export { claimArticle, DEFAULT_ARTICLE_LEASE_MS, findAbandonedArticles } from "./claim-article.ts";
export { createFileArticle, MAX_FILE_BYTES } from "./create-file-article.ts";
export { createUrlArticle } from "./create-url-article.ts";
export { decodeBody } from "./decode-body.ts";
export { FetchFailedError, FetchRefusedError } from "./errors.ts";
export { failArticle } from "./fail-article.ts";
export { addFeed } from "./feeds/add-feed.ts";
export { listFeeds, setFeedEnabled } from "./feeds/manage-feeds.ts";
export { type FeedEntry, FeedParseError, type ParsedFeed, parseFeed } from "./feeds/parse-feed.ts";
export {
  MAX_ITEMS_PER_POLL,
  type PollFeedResult,
  pollAllFeeds,
  pollFeed,
} from "./feeds/poll-feed.ts";
export { htmlToText, normalizePlainText } from "./html-to-text.ts";
export {
  type IngestOutcome,
  type IngestUrlOptions,
  ingestUrlArticle,
  parseFetchedPage,
} from "./ingest-url-article.ts";
export { type AddressKind, type AddressVerdict, classifyAddress } from "./ip-policy.ts";
export { normalizeArticleUrl } from "./normalize-url.ts";
export { type ParsedPage, parseHtmlPage } from "./parse-html.ts";
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  FEED_TYPES,
  FetchTooLargeError,
  formatMb,
  HTML_TYPES,
  type ResolvedAddress,
  type Resolver,
  type SafeFetchOptions,
  type SafeFetchResult,
  safeFetch,
  systemResolver,
} from "./safe-fetch.ts";
export { sanitizeDocument } from "./sanitize-html.ts";
export { storeParsedPage } from "./store-parsed-page.ts";
export { BLOCKED_HIGH_PORTS, checkAddress, checkUrl, type UrlPolicyOptions } from "./url-policy.ts";
