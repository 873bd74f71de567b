export {
  ARTICLE_DETAIL_LIMITS,
  type ArticleDetails,
  checkOriginalUrl,
  checkPublishedAt,
} from "./article-details.ts";
export { contentHash } from "./content-hash.ts";
export { createTextArticle, MAX_ARTICLE_CHARS, splitTitle } from "./create-text-article.ts";
export { AUTO_CLAIM_THRESHOLD, extractArticle } from "./extract-article.ts";
