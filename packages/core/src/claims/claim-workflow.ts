import type { ClaimStatus } from "@claimdesk/db";

/** The review workflow: new -> in_research -> rated -> approved -> published. */
export const CLAIM_STATUSES: ClaimStatus[] = [
  "new",
  "in_research",
  "rated",
  "approved",
  "published",
];

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  new: "New",
  in_research: "In research",
  rated: "Rated (awaiting approval)",
  approved: "Approved",
  published: "Published",
};
