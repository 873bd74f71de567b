// The claim workflow as one table: every step that moves a claim or touches its verdict or
// evidence, the statuses it may start from and where each leads, who may take it, what the
// audit trail records, and whether the claim's search document changes. transitionClaim
// (transition-claim.ts) is the only code that applies it.
import type { ClaimStatus, Role } from "@claimdesk/db";
import type { DomainErrorCode } from "../errors.ts";
import { CLAIM_STATUSES, OPEN_CLAIM_STATUSES as OPEN } from "./claim-statuses.ts";

export interface Refusal {
  code: DomainErrorCode;
  message: string;
}

export interface ClaimTransition {
  /** the least role that may take the step (roles are ordered: reviewer < editor < admin) */
  role: Role;
  /** the audit trail's action for the step */
  audit: string;
  /** allowed starting statuses, each with the status the claim moves to (itself: no move) */
  moves: Partial<Record<ClaimStatus, ClaimStatus>>;
  /** why the step is refused from a status it cannot start from (a generic conflict otherwise) */
  refused?: Partial<Record<ClaimStatus, Refusal>>;
  /** re-index the claim even when its status stays (its verdict changed) */
  reindexAlways?: boolean;
}

const stay = (statuses: readonly ClaimStatus[]) =>
  Object.fromEntries(statuses.map((s) => [s, s])) as Partial<Record<ClaimStatus, ClaimStatus>>;
const conflict = (message: string): Refusal => ({ code: "CONFLICT", message });
const badRequest = (message: string): Refusal => ({ code: "BAD_REQUEST", message });

const ASSIGNMENT_CLOSED = conflict("This claim is published; its assignment is closed.");
const EVIDENCE_FROZEN = conflict(
  "The claim is published: its evidence is frozen (file a correction).",
);
const NO_APPROVED_VERDICT = badRequest(
  "This claim has no approved verdict yet: a rating must be written and approved before publishing.",
);
const NOT_PUBLISHED = badRequest(
  "Only published fact-checks are corrected; change the rating of an unpublished claim instead.",
);
const STORY_NEEDS_APPROVAL = badRequest(
  "The fact-check is written around an approved verdict: have the verdict approved first.",
);

export const CLAIM_TRANSITIONS = {
  /**
   * A reviewer takes a claim, or an editor gives it to someone (who may assign whom is checked by
   * the step's work, assign-claim.ts): taking a new claim starts its research.
   */
  assign: {
    role: "reviewer",
    audit: "claim.assign",
    moves: { ...stay(OPEN), new: "in_research" },
    refused: { published: ASSIGNMENT_CLOSED },
    reindexAlways: true,
  },
  /** the claim goes back to the queue, in the status it is in */
  unassign: {
    role: "reviewer",
    audit: "claim.unassign",
    moves: stay(OPEN),
    refused: { published: ASSIGNMENT_CLOSED },
    reindexAlways: true,
  },
  /** a reviewer starts researching a new claim */
  research: {
    role: "reviewer",
    audit: "claim.research",
    moves: { new: "in_research" },
    refused: { published: conflict("A published claim is corrected, not re-researched.") },
  },
  /** an editor sends a rated or approved verdict back to research, with a note for the reviewer */
  sendBack: {
    role: "editor",
    audit: "claim.send_back",
    moves: { rated: "in_research", approved: "in_research" },
    refused: { published: conflict("A published claim is corrected, not re-researched.") },
  },
  /**
   * Evidence added: a new claim moves into research. Any change to the evidence of an approved
   * verdict sends it back to "rated" (the approval is withdrawn: an editor approves the verdict
   * again, on the evidence as it is now); a published claim's evidence is frozen.
   */
  addEvidence: {
    role: "reviewer",
    audit: "evidence.add",
    moves: { ...stay(OPEN), new: "in_research", approved: "rated" },
    refused: { published: EVIDENCE_FROZEN },
  },
  updateEvidence: {
    role: "reviewer",
    audit: "evidence.update",
    moves: { ...stay(OPEN), approved: "rated" },
    refused: { published: EVIDENCE_FROZEN },
  },
  removeEvidence: {
    role: "reviewer",
    audit: "evidence.remove",
    moves: { ...stay(OPEN), approved: "rated" },
    refused: { published: EVIDENCE_FROZEN },
  },
  restoreEvidence: {
    role: "reviewer",
    audit: "evidence.restore",
    moves: { ...stay(OPEN), approved: "rated" },
    refused: { published: EVIDENCE_FROZEN },
  },
  /** a reviewer writes a verdict (a new draft; an earlier one is superseded) */
  rate: {
    role: "reviewer",
    audit: "rating.create",
    moves: { new: "rated", in_research: "rated", rated: "rated", approved: "rated" },
    refused: {
      published: conflict("The claim is published: change its verdict with a correction."),
    },
  },
  /** a second person (an editor, never the author) approves the draft verdict */
  approve: {
    role: "editor",
    audit: "rating.approve",
    moves: { rated: "approved" },
    refused: {
      new: conflict("There is no verdict waiting for approval: rate the claim first."),
      in_research: conflict("There is no verdict waiting for approval: rate the claim first."),
      approved: conflict("This verdict is already approved."),
      published: conflict("This is a correction of a published verdict: use Approve correction."),
    },
  },
  /** an editor publishes the approved verdict as a public fact-check */
  publish: {
    role: "editor",
    audit: "claim.publish",
    moves: { approved: "published" },
    refused: {
      new: NO_APPROVED_VERDICT,
      in_research: NO_APPROVED_VERDICT,
      rated: NO_APPROVED_VERDICT,
      published: conflict(
        "This claim is already published. To change its verdict, publish a correction.",
      ),
    },
  },
  /** an editor proposes a corrected verdict for a published fact-check */
  proposeCorrection: {
    role: "editor",
    audit: "rating.correction.propose",
    moves: { published: "published" },
    refused: Object.fromEntries(OPEN.map((s) => [s, NOT_PUBLISHED])),
  },
  /** a second editor approves the correction: the public page shows the new verdict */
  approveCorrection: {
    role: "editor",
    audit: "rating.correction.approve",
    moves: { published: "published" },
    reindexAlways: true,
  },
  withdrawCorrection: {
    role: "editor",
    audit: "rating.correction.withdraw",
    moves: { published: "published" },
  },
  /** an editor saves the draft fact-check article (headline, summary, body, byline) */
  editFactCheck: {
    role: "editor",
    audit: "factcheck.draft.save",
    moves: { approved: "approved" },
    refused: {
      new: STORY_NEEDS_APPROVAL,
      in_research: STORY_NEEDS_APPROVAL,
      rated: STORY_NEEDS_APPROVAL,
      published: conflict(
        "The fact-check is published: change its verdict with a correction, or retract it.",
      ),
    },
  },
  /** an editor takes a published fact-check back: its page shows the public note instead */
  retract: {
    role: "editor",
    audit: "claim.retract",
    moves: { published: "published" },
    refused: Object.fromEntries(
      OPEN.map((s) => [s, badRequest("Only a published fact-check can be retracted.")]),
    ),
    reindexAlways: true,
  },
  /** right of reply: a reviewer records that the speaker was contacted (and what they said) */
  recordContact: { role: "reviewer", audit: "claim.contact.add", moves: stay(CLAIM_STATUSES) },
  updateContact: { role: "reviewer", audit: "claim.contact.update", moves: stay(CLAIM_STATUSES) },
  /** a reviewer rewords a claim (the first wording is kept); a published one is corrected */
  reword: {
    role: "reviewer",
    audit: "claim.reword",
    moves: stay(OPEN),
    refused: {
      published: conflict("The claim is published: its wording changes with a correction."),
    },
    reindexAlways: true,
  },
  /** tags are the desk's own labels, in any status */
  tag: {
    role: "reviewer",
    audit: "claim.tags",
    moves: stay(CLAIM_STATUSES),
    reindexAlways: true,
  },
  /**
   * A duplicate is merged into this claim (the step is taken on the surviving claim; the
   * duplicate goes away and its URL redirects here). Its evidence joins this claim's, so an
   * approved verdict goes back to "rated" like any evidence change; a published claim may take
   * in appearances (said again), its evidence stays frozen.
   */
  merge: {
    role: "reviewer",
    audit: "claim.merge",
    moves: { ...stay(CLAIM_STATUSES), approved: "rated" },
    reindexAlways: true,
  },
  /** a compound claim becomes two or more claims */
  split: {
    role: "reviewer",
    audit: "claim.split",
    moves: { ...stay(OPEN), approved: "rated" },
    refused: {
      published: conflict("The claim is published: it cannot be split (file a correction)."),
    },
    reindexAlways: true,
  },
} as const satisfies Record<string, ClaimTransition>;

export type ClaimStep = keyof typeof CLAIM_TRANSITIONS;
