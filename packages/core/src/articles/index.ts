export {
  ARTICLE_DETAIL_LIMITS,
  type ArticleDetails,
  checkOriginalUrl,
  checkPublishedAt,
} from "./article-details.ts";
export { getArticleStatus, listArticles } from "./article-list.ts";
export {
  ARTICLE_PAGE_CHARS,
  articlePageRanges,
  getArticlePage,
  MAX_STATEMENTS_PER_PAGE,
  pageHeadings,
} from "./article-page.ts";
export { contentHash } from "./content-hash.ts";
export { createTextArticle, MAX_ARTICLE_CHARS, splitTitle } from "./create-text-article.ts";
export {
  AUTO_CLAIM_THRESHOLD,
  capStatements,
  type ExtractArticleOptions,
  extractArticle,
  MAX_STATEMENTS_PER_ARTICLE,
} from "./extract-article.ts";
export {
  type ChunkedExtraction,
  type ExtractionBudget,
  type Extractor,
  extractInChunks,
  inProcessExtractor,
} from "./extract-in-chunks.ts";
export { DEFAULT_CHUNK_CHARS, splitForExtraction, type TextRange } from "./split-for-extraction.ts";
