// The claim workflow's statuses and how people read them. Pure data, no database: the web app's
// badges and workflow steps import it in the browser (`@claimdesk/core/workflow/labels`).
import type { ClaimStatus, RatingStatus } from "@claimdesk/db";

/** The statuses of claims still being worked on, in order (everything before published). */
export const OPEN_CLAIM_STATUSES = [
  "new",
  "in_research",
  "rated",
  "approved",
] as const satisfies readonly ClaimStatus[];

/** The review workflow, in order: new -> in_research -> rated -> approved -> published. */
export const CLAIM_STATUSES = [
  ...OPEN_CLAIM_STATUSES,
  "published",
] as const satisfies readonly ClaimStatus[];

/** A claim's status as a badge writes it ("In research" for `in_research`). */
export const CLAIM_STATUS_LABEL: Record<ClaimStatus, string> = {
  new: "New",
  in_research: "In research",
  rated: "Rated",
  approved: "Approved",
  published: "Published",
};

/** A claim's status as a step of the workflow strip on the claim page. */
export const CLAIM_STEP_LABEL: Record<ClaimStatus, string> = {
  new: "New",
  in_research: "Research",
  rated: "Rated",
  approved: "Approved",
  published: "Published",
};

/** A verdict's status as a badge writes it. */
export const RATING_STATUS_LABEL: Record<RatingStatus, string> = {
  draft: "Draft",
  approved: "Approved",
  superseded: "Superseded",
};
