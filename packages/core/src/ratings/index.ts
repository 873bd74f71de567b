export { DEFAULT_SCALE, LIAR_LABEL_TO_SLUG } from "./default-scale.ts";
export { ensureDefaultRatingScale, getDefaultRatingScale } from "./ensure-default-scale.ts";
export { approveRating, TWO_PERSON_MESSAGE } from "./approve-rating.ts";
export { rateClaim } from "./rate-claim.ts";
