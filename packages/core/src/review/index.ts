export { getArticleWithStatements } from "./get-article-with-statements.ts";
export { listReviewQueue, type QueueScope } from "./list-review-queue.ts";
export { type SubmitArticleInput, submitArticle } from "./submit-article.ts";
