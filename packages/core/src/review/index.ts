export { countAwaitingApproval, listAwaitingApproval } from "./list-awaiting-approval.ts";
export {
  listReviewQueue,
  type PersonFilter,
  type QueueScope,
} from "./list-review-queue.ts";
export {
  type ArticleSubmission,
  type SubmitArticleInput,
  submitArticle,
} from "./submit-article.ts";
