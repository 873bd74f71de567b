export {
  isOutsideOrigin,
  OUTSIDE_ORIGINS,
  type OutsideOrigin,
  OWN_CLAIMS_WHERE,
  OWN_ORIGINS,
} from "../desk-work/own-work.ts";
export { assignClaim } from "./assign-claim.ts";
export * from "./edit/index.ts";
export { type ClaimDetail, getClaim } from "./get-claim.ts";
export { openClaimForStatement } from "./open-claim-for-statement.ts";
export { describeOutsideCheck, type OutsideCheck } from "./outside-check.ts";
export { SEND_BACK_NOTE_LIMITS, sendBackClaim } from "./send-back-claim.ts";
export { setClaimStatus } from "./set-claim-status.ts";
