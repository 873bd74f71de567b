export { DEFAULT_SCALE, LIAR_LABEL_TO_SLUG } from "./default-scale.ts";
export { ensureDefaultRatingScale, getDefaultRatingScale } from "./ensure-default-scale.ts";
