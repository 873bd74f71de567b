export { countAwaitingApproval, listAwaitingApproval } from "./list-awaiting-approval.ts";
export {
  listReviewQueue,
  OPEN_STATUSES,
  type PersonFilter,
  type QueueScope,
} from "./list-review-queue.ts";
export {
  type ArticleSubmission,
  type SubmitArticleInput,
  submitArticle,
} from "./submit-article.ts";
