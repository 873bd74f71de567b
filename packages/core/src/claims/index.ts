export { assignClaim } from "./assign-claim.ts";
export { CLAIM_STATUSES, STATUS_LABEL } from "./claim-workflow.ts";
export { type ClaimDetail, getClaim } from "./get-claim.ts";
export { loadActor } from "./load-actor.ts";
export { openClaimForStatement } from "./open-claim-for-statement.ts";
export { setClaimStatus } from "./set-claim-status.ts";
