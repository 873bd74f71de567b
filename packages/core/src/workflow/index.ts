export {
  CLAIM_STATUS_LABEL,
  CLAIM_STATUSES,
  CLAIM_STEP_LABEL,
  OPEN_CLAIM_STATUSES,
  RATING_STATUS_LABEL,
} from "./claim-statuses.ts";
export { CLAIM_TRANSITIONS, type ClaimStep, type ClaimTransition } from "./claim-transitions.ts";
export { type StepOutcome, transitionClaim } from "./transition-claim.ts";
