export { approveRating, TWO_PERSON_MESSAGE } from "./approve-rating.ts";
export { createRatingScale } from "./create-rating-scale.ts";
export {
  DEFAULT_SCALE,
  LIAR_LABEL_TO_SLUG,
  POLITIFACT_SCALE,
  type ScalePreset,
} from "./default-scale.ts";
export {
  ensureDefaultRatingScale,
  ensurePolitiFactScale,
  ensurePresetScale,
  getDefaultRatingScale,
} from "./ensure-default-scale.ts";
export { getRatingScale, listRatingScales } from "./list-rating-scales.ts";
export { mapRatingToScale, type OutsideRating } from "./map-rating-to-scale.ts";
export { rateClaim } from "./rate-claim.ts";
export {
  parseRatingScaleInput,
  type RatingScaleInput,
  scaleBounds,
  ZRatingLabelInput,
  ZRatingScaleInput,
} from "./rating-scale-input.ts";
export { setDefaultRatingScale } from "./set-default-rating-scale.ts";
export { updateRatingScale } from "./update-rating-scale.ts";
